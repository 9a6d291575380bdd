package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestWebChatWithAnOldIDStartsAgain: a tab that kept a conversation id in the issued form that this server cannot
// verify (signed under a key no longer used, or altered) gets a new conversation with a short note, not an error,
// and goes on under the new id.
func TestWebChatWithAnOldIDStartsAgain(t *testing.T) {
	srv := newServer(t)
	_, tctx := browse(t, srv)
	const old = "w-9f8d3bf0075432dca929745f0a1b2c3d-00000000000000000000000000000000"
	do(t, tctx, chromedp.WaitVisible(chromedp.CSS(`#text`)))
	eval[bool](t, tctx, `sessionStorage.setItem('wegwijzer-chat:', JSON.stringify({conversation: '`+old+`', entries: []})), true`)
	do(t, tctx,
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		ask("subsidie voor een elektrische bestelbus"),
		lastBotSays("Ik kon ons eerdere gesprek niet terugvinden"),
	)
	conv := eval[string](t, tctx, `JSON.parse(sessionStorage.getItem('wegwijzer-chat:')).conversation`)
	if conv == old || !strings.HasPrefix(conv, "w-") {
		t.Fatalf("the tab keeps conversation %q, want a new one issued by the server", conv)
	}
	do(t, tctx, ask("Hoe vraag ik dat aan?"), chromedp.Poll[chromedp.Void](`document.querySelectorAll('#log .msg.bot').length === 3`))
	if n := eval[int](t, tctx, `Array.from(document.querySelectorAll('#log .msg.bot')).filter(m => m.innerText.includes('eerdere gesprek')).length`); n != 1 {
		t.Errorf("the note shows %d times, want once (the new id continues)", n)
	}
	if again := eval[string](t, tctx, `JSON.parse(sessionStorage.getItem('wegwijzer-chat:')).conversation`); again != conv {
		t.Errorf("the conversation changed again: %q, want %q", again, conv)
	}
}
