package web_test

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/web"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/browsertest"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.New(testsys.Engine(t, bot.Options{}), nil, web.Options{}))
	t.Cleanup(srv.Close)
	return srv
}

// browse starts a headless Chromium at 1280x800 on the page of srv and returns a context for the steps after the
// first.
func browse(t *testing.T, srv *httptest.Server) (ctx, tctx context.Context) {
	t.Helper()
	return browseAt(t, srv.URL+"/", 1280, 800)
}

// browseAt starts a headless Chromium with a viewport of width x height on url.
func browseAt(t *testing.T, url string, width, height int64) (ctx, tctx context.Context) {
	t.Helper()
	return browsertest.Open(t, url, width, height, 90*time.Second)
}

// fixedTurner answers every message with the same reply.
type fixedTurner struct{ reply *wegwijzer.Reply }

func (f fixedTurner) Handle(_ context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	r := *f.reply
	r.Conversation = m.Conversation
	return &r, nil
}

// TestWebCardsGolden renders a fixed English answer with cards in Chromium and compares the HTML with
// testdata/answer.golden.html (go test -update rewrites it).
func TestWebCardsGolden(t *testing.T) {
	reply := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Language: "en",
		Text: "For your question about energy I found one scheme for money and one rule to follow:",
		Offers: []wegwijzer.OfferRef{
			{ID: "eia", Title: "Energy Investment Allowance (EIA)", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/eia", Group: wegwijzer.GroupMoney, Status: wegwijzer.StatusOpen,
				Pitch: "Deduct an extra 40% of your investment from your profit", Fit: "Fits your question about saving or generating energy", StatusText: "Open: you can use it now"},
			{ID: "energiebesparingsplicht", Title: "Energiebesparingsplicht", Provider: "RVO", URL: "https://www.rvo.nl/onderwerpen/energiebesparingsplicht", Group: wegwijzer.GroupRules, Status: wegwijzer.StatusDoorlopend,
				Pitch: "Take the energy saving measures that pay back within 5 years", Fit: "Almost: only for businesses up to 250 staff", StatusText: "Ongoing: you can use it at any time"},
		},
		NextStep: "Next step: RVO. https://www.rvo.nl/subsidies-financiering/eia",
		Options:  []wegwijzer.Option{{Label: "Yes, this helps", Value: "feedback:yes"}, {Label: "How do I apply?", Value: "ask:apply"}},
	}
	srv := httptest.NewServer(web.New(fixedTurner{reply}, nil, web.Options{}))
	t.Cleanup(srv.Close)
	_, tctx := browse(t, srv)
	err := chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS(`#text`), "energy"),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	html, err := chromedp.Run(tctx, chromedp.OuterHTML(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	got := strings.ReplaceAll(html, "><", ">\n<") + "\n"
	path := filepath.Join("testdata", "answer.golden.html")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (go test -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("the chat renders the answer differently from %s (go test -update rewrites it):\n%s", path, got)
	}
}

// TestWebChatInChromium talks to the chat page in a real headless Chromium: a broad question, a button, typed
// answers, and an answer with links to offers.
func TestWebChatInChromium(t *testing.T) {
	srv := newServer(t)
	_, tctx := browse(t, srv)

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
	// Every offer is a card: what you get, why it fits, the status in words.
	cards, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#log .msg.bot:last-child .offer.card')).map(c =>
		[c.querySelector('.pitch'), c.querySelector('.fit'), c.querySelector('.status')].map(e => e ? e.textContent : '').join(' | '))`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if len(cards) != len(links) {
		t.Errorf("%d cards for %d offers", len(cards), len(links))
	}
	for _, c := range cards {
		if strings.HasPrefix(c, " |") || strings.Contains(c, "|  |") || strings.HasSuffix(c, "| ") {
			t.Errorf("card %q lacks its pitch, fit or status", c)
		}
	}
}
