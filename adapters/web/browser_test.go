package web_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wegwijzer/wegwijzer/adapters/web"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// chromium finds a Chromium binary; a missing browser fails the test with the install hint.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("WEGWIJZER_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium not found: install it with `apt-get install chromium` (or set WEGWIJZER_TEST_CHROMIUM)")
	return ""
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.New(testsys.Engine(t, bot.Options{}), nil, web.Options{}))
	t.Cleanup(srv.Close)
	return srv
}

// TestWebChatInChromium talks to the chat page in a real headless Chromium: a broad question, a button, typed
// answers, and an answer with links to offers.
func TestWebChatInChromium(t *testing.T) {
	srv := newServer(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first run starts the browser and must not have a deadline; later steps do.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatalf("browser: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	lastBot := `#log .msg.bot:last-child`
	ask := func(text string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.SetValue(chromedp.CSS(`#text`), text),
			chromedp.Click(chromedp.CSS(`form button[type=submit]`)),
		)
	}
	lastBotSays := func(words string) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.Search(`//div[contains(@class,'bot')][last()]//div[contains(., '` + words + `')]`))
	}
	err := chromedp.Do(tctx,
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		ask("Ik wil mijn bedrijf verduurzamen"),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=clarify] .options button`)),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	question, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(lastBot+` .text`)))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	err = chromedp.Do(tctx,
		// Press the button for transport and vehicles, then answer the next questions by typing.
		chromedp.Click(chromedp.Search(`//div[contains(@class,'bot')][last()]//button[contains(., 'Vervoer en wagenpark')]`)),
		lastBotSays("branche"),
		ask("transport"),
		lastBotSays("Waar zit je bedrijf"),
		ask("Deventer"),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer] .offer a`)),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	kind, err := chromedp.Run(tctx, chromedp.AttributeValue(chromedp.CSS(lastBot), "data-kind"))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	answerKind := kind.Value
	links, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#log .msg.bot:last-child .offer a')).map(a => a.href)`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if question != "Wat wil je precies doen?" {
		t.Errorf("first clarifying question %q", question)
	}
	if answerKind != "answer" || len(links) == 0 || len(links) > 7 {
		t.Fatalf("answer kind %q with %d offer links, want an answer with 1 to 7", answerKind, len(links))
	}
	for _, l := range links {
		if !strings.HasPrefix(l, "https://") {
			t.Errorf("offer link %q is not https", l)
		}
	}
}
