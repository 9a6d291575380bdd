package web_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/web"
)

// downTurner fails every turn as the engine does when the conversation store is down: a polite reply and an error.
type downTurner struct{}

func (downTurner) Handle(_ context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	return &wegwijzer.Reply{Conversation: m.Conversation, Kind: wegwijzer.ReplyInfo, Language: "nl",
			Text: "Het lukt me nu even niet om je vraag te verwerken. Probeer het over een paar minuten opnieuw."},
		wegwijzer.Errorf(wegwijzer.EUNAVAIL, "the conversation store is not available")
}

// TestUnansweredQuestionGoesBackIntoTheInput: when the server cannot answer (the store is down, 503) or refuses
// the body as too large (413), the typed question is back in the input, so that nothing typed is lost and trying
// again is one press; a body too large gets its own message.
func TestUnansweredQuestionGoesBackIntoTheInput(t *testing.T) {
	srv := httptest.NewServer(web.New(downTurner{}, nil, web.Options{}))
	t.Cleanup(srv.Close)
	_, tctx := browse(t, srv)
	do(t, tctx, ask("subsidie voor zonnepanelen"), lastBotSays("Probeer het over een paar minuten opnieuw"))
	if got := eval[string](t, tctx, `document.getElementById('text').value`); got != "subsidie voor zonnepanelen" {
		t.Errorf("after a 503 the input holds %q, want the question", got)
	}
	long := strings.Repeat("Dit is een heel lang verhaal over mijn bedrijf. ", 1500) // about 70 KB: over the 64 KiB a body may be
	do(t, tctx, ask(long), lastBotSays("te lang om te versturen"))
	if got := eval[int](t, tctx, `document.getElementById('text').value.length`); got != len(strings.TrimSpace(long)) {
		t.Errorf("after a 413 the input holds %d characters, want the %d of the message", got, len(strings.TrimSpace(long)))
	}
}
