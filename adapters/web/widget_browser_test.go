package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/web"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/browsertest"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// screenshot writes the viewport of ctx as name.png to the test's artefacts.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(browsertest.Artefacts(t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func ask(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.SetValue(chromedp.CSS(`#text`), text),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)),
	)
}

func lastBotSays(words string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.Search(`//div[contains(@class,'bot')][last()]//div[contains(., '` + words + `')]`))
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("browser: %s: %v", js, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("browser: %v", err)
	}
}

// TestWebChatSurvivesReload asks, presses a button, reloads, and finds the conversation as it was; the server
// goes on with the same conversation.
func TestWebChatSurvivesReload(t *testing.T) {
	srv := newServer(t)
	_, tctx := browse(t, srv)
	do(t, tctx,
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		ask("Ik wil mijn bedrijf verduurzamen"),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=clarify] .options button`)),
		chromedp.Click(chromedp.Search(`//div[contains(@class,'bot')][last()]//button[contains(., 'Vervoer en wagenpark')]`)),
		lastBotSays("branche"),
	)
	before := eval[string](t, tctx, `document.getElementById('log').innerText`)
	do(t, tctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=clarify]`)))
	after := eval[string](t, tctx, `document.getElementById('log').innerText`)
	if before != after {
		t.Errorf("after a reload the log reads\n%s\nwant\n%s", after, before)
	}
	// The pressed button stays marked and, like every button of an answered question, cannot be pressed again.
	used := eval[[]string](t, tctx, `Array.from(document.querySelectorAll('#log .msg.bot')).slice(0, -1)
		.flatMap(b => Array.from(b.querySelectorAll('.options button'))).filter(b => !b.disabled).map(b => b.textContent)`)
	if len(used) != 0 {
		t.Errorf("buttons of answered questions can still be pressed: %q", used)
	}
	chosen := eval[[]string](t, tctx, `Array.from(document.querySelectorAll('#log .options button.chosen[aria-pressed=true]:disabled')).map(b => b.textContent)`)
	if len(chosen) != 1 || chosen[0] != "Vervoer en wagenpark" {
		t.Errorf("chosen buttons %q, want [Vervoer en wagenpark]", chosen)
	}
	do(t, tctx, ask("transport"), lastBotSays("Waar zit je bedrijf"))
	screenshot(t, tctx, "chat-after-reload")

	// "vergeet mij" erases the conversation on the server and in the tab: after a reload only the welcome is left.
	do(t, tctx, ask("vergeet mij"), chromedp.Poll[chromedp.Void](`document.querySelectorAll('#log .msg').length === 1`),
		chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot`)))
	left := eval[[]string](t, tctx, `Array.from(document.querySelectorAll('#log .msg')).map(m => m.dataset.kind)
		.concat(Object.keys(sessionStorage).filter(k => sessionStorage.getItem(k).includes('transport')))`)
	if fmt.Sprint(left) != "[info]" {
		t.Errorf("after vergeet mij and a reload the tab keeps %q, want only the welcome", left)
	}
}

// slowTurner holds every turn until release is closed.
type slowTurner struct {
	release chan struct{}
	reply   *wegwijzer.Reply
}

func (s slowTurner) Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	select {
	case <-s.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	r := *s.reply
	r.Conversation = "c1"
	return &r, nil
}

// TestWebChatWhileWaiting: a typing indicator shows, the input and the buttons are off until the reply comes.
func TestWebChatWhileWaiting(t *testing.T) {
	turner := slowTurner{release: make(chan struct{}), reply: &wegwijzer.Reply{Kind: wegwijzer.ReplyClarify, Language: "nl", Text: "Wat wil je precies doen?",
		Options: []wegwijzer.Option{{Label: "Energie besparen", Value: "topic:energie"}}}}
	var once sync.Once
	release := func() { once.Do(func() { close(turner.release) }) }
	t.Cleanup(release)
	srv := httptest.NewServer(web.New(turner, nil, web.Options{}))
	t.Cleanup(srv.Close)
	_, tctx := browse(t, srv)
	do(t, tctx, ask("verduurzamen"), chromedp.WaitVisible(chromedp.CSS(`#log .typing`)))
	waiting := eval[[]bool](t, tctx, `[document.getElementById('text').disabled, document.querySelector('form button').disabled,
		document.getElementById('chat').getAttribute('aria-busy') === 'true']`)
	if fmt.Sprint(waiting) != "[true true true]" {
		t.Errorf("while waiting: input, button disabled, busy = %v, want all true", waiting)
	}
	screenshot(t, tctx, "typing")
	release()
	do(t, tctx, chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=clarify] .options button:enabled`)))
	after := eval[[]bool](t, tctx, `[document.getElementById('text').disabled, document.querySelector('#log .typing') !== null,
		document.activeElement === document.getElementById('text')]`)
	if fmt.Sprint(after) != "[false false true]" {
		t.Errorf("after the reply: input disabled, typing shown, input focused = %v, want [false false true]", after)
	}
	// A pressed button moves the focus to the new reply, which the live region reads out.
	do(t, tctx, chromedp.Click(chromedp.CSS(`#log .options button`)), chromedp.Poll[chromedp.Void](
		`document.querySelectorAll('#log .msg.bot[data-kind=clarify]').length === 2 && document.activeElement === document.querySelector('#log .msg.bot:last-child')`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if live := eval[string](t, tctx, `document.getElementById('log').getAttribute('aria-live')`); live != "polite" {
		t.Errorf("the log's aria-live is %q, want polite", live)
	}
}

// longAnswer has enough cards to fill a phone's screen.
func longAnswer() *wegwijzer.Reply {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Language: "nl", Text: "Voor je vraag over energie vond ik drie regelingen:",
		NextStep: "Volgende stap: bel RVO. https://www.rvo.nl/subsidies-financiering/eia",
		Options:  []wegwijzer.Option{{Label: "Ja, dit helpt", Value: "feedback:yes"}, {Label: "Nee", Value: "feedback:no"}}}
	for i := range 3 {
		r.Offers = append(r.Offers, wegwijzer.OfferRef{ID: fmt.Sprintf("o%d", i), Title: fmt.Sprintf("Regeling %d", i+1), Provider: "RVO",
			URL: "https://www.rvo.nl/", Group: wegwijzer.GroupMoney, Pitch: "Een deel van je investering terug", Fit: "Past bij je vraag over energie", StatusText: "Open"})
	}
	return r
}

// TestNoReplyUnderTheInputBar asks three times at a phone's and a laptop's size; each time the newest reply is
// wholly in the log, above the input bar.
func TestNoReplyUnderTheInputBar(t *testing.T) {
	for _, size := range []struct{ w, h int64 }{{390, 844}, {1280, 800}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			srv := httptest.NewServer(web.New(fixedTurner{longAnswer()}, nil, web.Options{}))
			t.Cleanup(srv.Close)
			_, tctx := browseAt(t, srv.URL+"/", size.w, size.h)
			for i := 1; i <= 3; i++ {
				do(t, tctx, ask(fmt.Sprintf("vraag %d", i)), chromedp.Poll[chromedp.Void](
					fmt.Sprintf(`document.querySelectorAll('#log .msg.bot[data-kind=answer]').length === %d`, i)))
				box := eval[map[string]float64](t, tctx, `(() => {
					const r = document.querySelector('#log .msg.bot:last-child').getBoundingClientRect();
					const f = document.getElementById('ask').getBoundingClientRect();
					const l = document.getElementById('log').getBoundingClientRect();
					return {top: r.top, bottom: r.bottom, height: r.height, formTop: f.top, logTop: l.top, logBottom: l.bottom,
						pageScroll: document.scrollingElement.scrollHeight - innerHeight};
				})()`)
				if box["height"] <= box["logBottom"]-box["logTop"] {
					if box["bottom"] > box["formTop"]+0.5 || box["bottom"] > box["logBottom"]+0.5 || box["top"] < box["logTop"]-0.5 {
						t.Errorf("reply %d spans %.0f-%.0f, the log %.0f-%.0f, the input bar starts at %.0f", i, box["top"], box["bottom"], box["logTop"], box["logBottom"], box["formTop"])
					}
				} else if box["top"] < box["logTop"]-0.5 || box["top"] > box["formTop"] {
					t.Errorf("reply %d is taller than the log and its start (%.0f) is not shown (log %.0f-%.0f)", i, box["top"], box["logTop"], box["logBottom"])
				}
				if box["pageScroll"] > 0 {
					t.Errorf("the page itself scrolls by %.0f px; only the log should", box["pageScroll"])
				}
			}
			screenshot(t, tctx, "answers")
			// The server goes away: the message about the connection shows above the input bar too.
			srv.Close()
			do(t, tctx, ask("nog een vraag"), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot.error:last-child`)))
			last := eval[map[string]float64](t, tctx, `(() => { const r = document.querySelector('#log .msg.bot:last-child').getBoundingClientRect();
				return {bottom: r.bottom, formTop: document.getElementById('ask').getBoundingClientRect().top}; })()`)
			if last["bottom"] > last["formTop"]+0.5 {
				t.Errorf("the connection error ends at %.0f, under the input bar at %.0f", last["bottom"], last["formTop"])
			}
		})
	}
}

// recordingTurner passes turns to the engine and remembers the communities they ran in.
type recordingTurner struct {
	web.Turner
	mu          sync.Mutex
	communities []string
}

func (r *recordingTurner) Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	r.mu.Lock()
	r.communities = append(r.communities, m.Community)
	r.mu.Unlock()
	return r.Turner.Handle(ctx, m)
}

// hostSite serves a page on localhost (another site than 127.0.0.1) that embeds the widget of chat.
func hostSite(t *testing.T, chat *httptest.Server) string {
	t.Helper()
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ondernemers Zwolle</title></head>
<body><h1>Ondernemers Zwolle</h1><p>Our members' page.</p>
<script src="` + chat.URL + `/widget.js" data-community="zwolle" data-lang="en" data-color="#0b5"></script></body></html>`
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(host.Close)
	return strings.Replace(host.URL, "127.0.0.1", "localhost", 1)
}

// frameOf waits for the iframe of url's origin in the page of ctx and returns a context that acts in it.
func frameOf(t *testing.T, ctx context.Context, origin string) context.Context {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatalf("browser: %v", err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, origin+"/") {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return fctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no iframe of %s in the page", origin)
	return nil
}

// TestWidgetOnAnotherSite embeds the widget in a page of another site: the button opens the chat in English with
// the site's colour and community; a question and a button work; the site is allowed by frame-ancestors.
func TestWidgetOnAnotherSite(t *testing.T) {
	turner := &recordingTurner{Turner: testsys.Engine(t, bot.Options{})}
	var chat *httptest.Server
	chat = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chat.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(chat.Close)
	hostURL := hostSite(t, chat)
	chat.Config.Handler = web.New(turner, nil, web.Options{Communities: []string{"zwolle"}, AllowedOrigins: []string{hostURL}})

	ctx, tctx := browseAt(t, hostURL+"/", 960, 760)
	launch := `document.getElementById('wegwijzer-widget').shadowRoot.querySelector('.launch')`
	do(t, tctx, chromedp.Poll[chromedp.Void](launch+` !== null`))
	if label := eval[string](t, tctx, launch+`.textContent`); label != "Ask Wegwijzer" {
		t.Errorf("launcher says %q, want Ask Wegwijzer", label)
	}
	if n := len(eval[[]string](t, tctx, `performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/?embed'))`)); n != 0 {
		t.Errorf("the chat loaded before the button was pressed")
	}
	do(t, tctx, chromedp.Evaluate[chromedp.Void](launch+`.click()`))
	frame := frameOf(t, ctx, chat.URL)
	fctx, cancel := context.WithTimeout(frame, 90*time.Second)
	defer cancel()
	do(t, fctx,
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		ask("I want to save energy in my bakery"),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer] .offer.card`)),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot:last-child .options button`)),
	)
	time.Sleep(300 * time.Millisecond) // let the iframe paint before the screenshot
	screenshot(t, tctx, "widget")
	if path := os.Getenv("WEGWIJZER_WIDGET_PNG"); path != "" { // the picture in the README
		png, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
		if err == nil {
			err = os.WriteFile(path, png, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	do(t, fctx,
		chromedp.Click(chromedp.CSS(`#log .msg.bot:last-child .options button`)),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('#log .msg.bot').length === 3 && !document.getElementById('text').disabled`),
	)
	got := eval[[]string](t, fctx, `[document.documentElement.lang, getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
		document.body.className, document.querySelector('label[for=text]').textContent]`)
	if fmt.Sprint(got) != "[en #00bb55 embed Your question]" {
		t.Errorf("chat in the widget: lang, colour, class, label = %q", got)
	}
	turner.mu.Lock()
	communities := strings.Join(turner.communities, ",")
	turner.mu.Unlock()
	if communities != "zwolle,zwolle" {
		t.Errorf("turns ran in communities %q, want zwolle,zwolle", communities)
	}
	// Escape in the chat closes the widget and gives the focus back to its button.
	do(t, fctx, chromedp.KeyEvent(kb.Escape))
	shadow := `document.getElementById('wegwijzer-widget').shadowRoot`
	do(t, tctx, chromedp.Poll[chromedp.Void](shadow+`.querySelector('.panel').hidden && `+shadow+`.activeElement === `+shadow+`.querySelector('.launch')`,
		chromedp.WithPollingTimeout(30*time.Second)))
}

// TestWidgetRefusedOnOtherSites: a site that is not allowed gets no chat in its iframe and no answer from the API.
func TestWidgetRefusedOnOtherSites(t *testing.T) {
	var chat *httptest.Server
	chat = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chat.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(chat.Close)
	hostURL := hostSite(t, chat)
	chat.Config.Handler = web.New(fixedTurner{longAnswer()}, nil, web.Options{AllowedOrigins: []string{"https://elsewhere.example"}})
	ctx, tctx := browseAt(t, hostURL+"/", 1280, 800)
	launch := `document.getElementById('wegwijzer-widget').shadowRoot.querySelector('.launch')`
	do(t, tctx, chromedp.Poll[chromedp.Void](launch+` !== null`), chromedp.Evaluate[chromedp.Void](launch+`.click()`))
	// The API refuses the host page's own script too.
	status, err := chromedp.Run(tctx, chromedp.Evaluate[int](`fetch('`+chat.URL+`/api/chat', {method: 'POST',
		headers: {'Content-Type': 'application/json'}, body: '{"text":"hallo"}'}).then(r => r.status, () => -1)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if status != -1 {
		t.Errorf("a fetch from a site that is not allowed got status %d, want a CORS failure", status)
	}
	// Chromium replaces a refused frame with its error page: the frame ends on chrome-error://, never on the chat.
	fctx, cancel := context.WithTimeout(frameOf(t, ctx, chat.URL), 60*time.Second)
	defer cancel()
	where, err := chromedp.Run(fctx, chromedp.Poll[string](
		`location.href.startsWith('chrome-error:') ? 'error page' : document.querySelector('#text') ? 'chat' : ''`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if where != "error page" {
		t.Errorf("the frame on %s, which is not allowed, shows the %s", hostURL, where)
	}
}

// contrast is the WCAG contrast ratio of two colours given as computed CSS (rgb(...) or rgba(...)), in JavaScript.
const contrastJS = `(() => {
	const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number);
	const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
	const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
	// bg finds the colour behind an element: the first ancestor with a background that is not transparent.
	const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
	const out = {};
	for (const [name, sel] of Object.entries(SELECTORS)) {
		const e = document.querySelector(sel);
		out[name] = e ? ratio(getComputedStyle(e).color, bg(e)) : 0;
	}
	return out;
})()`

// TestChatAccessibility checks the basics in the browser: every control has a name, the main colours contrast
// enough (WCAG AA, 4.5:1, computed from the page's styles, also with a widget colour), and Tab goes from the
// reply's links and buttons to the input, the send button and the privacy link.
func TestChatAccessibility(t *testing.T) {
	reply := longAnswer()
	reply.Offers[1].Fit = "Bijna: alleen voor bedrijven tot 250 medewerkers"
	reply.Offers[2].Status = wegwijzer.StatusGesloten
	srv := httptest.NewServer(web.New(fixedTurner{reply}, nil, web.Options{}))
	t.Cleanup(srv.Close)
	selectors := `{text: 'body', intro: 'header .intro', question: '#log .msg.me', reply: '#log .msg.bot .text', offerLink: '.offer a',
		provider: '.provider', fit: '.fit', almost: '.fit.almost', closed: '.status.closed', next: '.next', option: '.options button',
		send: 'form button', input: '#text', privacy: '.privacy', privacyLink: '.privacy a', footer: 'footer'}`
	for _, colour := range []string{"", "%230b5", "%23ffd700", "%23222"} {
		t.Run("colour "+colour, func(t *testing.T) {
			_, tctx := browseAt(t, srv.URL+"/?color="+colour, 390, 844)
			do(t, tctx, ask("energie"), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)))
			ratios := eval[map[string]float64](t, tctx, strings.Replace(contrastJS, "SELECTORS", selectors, 1))
			for name, r := range ratios {
				if r < 4.5 {
					t.Errorf("contrast of %s is %.2f:1, want at least 4.5:1", name, r)
				}
			}
			if len(ratios) != 16 {
				t.Errorf("measured %d colour pairs, want 16", len(ratios))
			}
		})
	}

	_, tctx := browseAt(t, srv.URL+"/", 1280, 800)
	unnamed := eval[[]string](t, tctx, `Array.from(document.querySelectorAll('input, button, a, [role=log]')).filter(e => {
		if (e.id && document.querySelector('label[for="' + e.id + '"]')) return false;
		return !(e.getAttribute('aria-label') || e.textContent.trim());
	}).map(e => e.outerHTML)`)
	if len(unnamed) != 0 {
		t.Errorf("controls without a name: %q", unnamed)
	}
	do(t, tctx, ask("energie"), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)), chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)))
	var order []string
	for range 10 {
		do(t, tctx, chromedp.KeyEvent(kb.Tab))
		order = append(order, eval[string](t, tctx, `(e => e.id || e.textContent.trim())(document.activeElement)`))
	}
	want := "Regeling 1|Regeling 2|Regeling 3|https://www.rvo.nl/subsidies-financiering/eia|Ja, dit helpt|Nee|text|Vraag|Wat ik bewaar"
	if got := strings.Join(order[:9], "|"); got != want {
		t.Errorf("focus order\n%s\nwant\n%s", got, want)
	}
}

// TestWidgetOnAPhone: at 390x844 the open chat fills the screen above its button, inside the viewport.
func TestWidgetOnAPhone(t *testing.T) {
	var chat *httptest.Server
	chat = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chat.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(chat.Close)
	hostURL := hostSite(t, chat)
	chat.Config.Handler = web.New(fixedTurner{longAnswer()}, nil, web.Options{Communities: []string{"zwolle"}, AllowedOrigins: []string{hostURL}})
	ctx, tctx := browseAt(t, hostURL+"/", 390, 844)
	shadow := `document.getElementById('wegwijzer-widget').shadowRoot`
	do(t, tctx, chromedp.Poll[chromedp.Void](shadow+` && `+shadow+`.querySelector('.launch')`),
		chromedp.Evaluate[chromedp.Void](shadow+`.querySelector('.launch').click()`))
	fctx, cancel := context.WithTimeout(frameOf(t, ctx, chat.URL), 60*time.Second)
	defer cancel()
	do(t, fctx, chromedp.WaitVisible(chromedp.CSS(`#text`)), ask("energie"), chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=answer]`)))
	box := eval[map[string]float64](t, tctx, `(() => {
		const p = `+shadow+`.querySelector('.panel').getBoundingClientRect(), b = `+shadow+`.querySelector('.launch').getBoundingClientRect();
		return {left: p.left, right: p.right, top: p.top, bottom: p.bottom, width: p.width, launchTop: b.top, vw: innerWidth, vh: innerHeight};
	})()`)
	if box["left"] < 0 || box["right"] > box["vw"] || box["top"] < 0 || box["bottom"] > box["launchTop"] || box["width"] < box["vw"]-1 {
		t.Errorf("open chat at %v in a %vx%v viewport, its button starts at %v", box, box["vw"], box["vh"], box["launchTop"])
	}
	time.Sleep(300 * time.Millisecond) // let the iframe paint before the screenshot
	screenshot(t, tctx, "widget-phone")
}

// TestManagersAnswerReachesTheChat: after a hand-off, what the community manager answers from the dashboard shows
// in the open chat without the person typing, and stays after a reload.
func TestManagersAnswerReachesTheChat(t *testing.T) {
	c, i := testsys.Search(t)
	st := testsys.Store(t)
	srv := httptest.NewServer(web.New(bot.New(c, i, st, nil, bot.Options{}), nil, web.Options{}))
	t.Cleanup(srv.Close)
	_, tctx := browse(t, srv)
	do(t, tctx,
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		ask("Kan iemand mij bellen?"),
		chromedp.WaitVisible(chromedp.CSS(`#log .msg.bot[data-kind=handoff]`)),
	)
	conv := eval[string](t, tctx, `JSON.parse(sessionStorage.getItem('wegwijzer-chat:')).conversation`)
	// The manager answers from the dashboard: demand.Desk appends the answer to the conversation in the store.
	ctx := context.Background()
	cv, err := st.Load(ctx, conv)
	if err != nil {
		t.Fatalf("the hand-off's conversation %q: %v", conv, err)
	}
	cv.HandoffReplies = append(cv.HandoffReplies, wegwijzer.HandoffReply{Time: time.Now(), Text: "Ik bel je morgen om tien uur."})
	if err := st.Save(ctx, cv, time.Hour); err != nil {
		t.Fatal(err)
	}
	// The chat asks every 20 s and when the tab becomes visible; the test makes it visible again.
	eval[bool](t, tctx, `document.dispatchEvent(new Event('visibilitychange')), true`)
	do(t, tctx, lastBotSays("Ik bel je morgen om tien uur."))
	if n := eval[int](t, tctx, `document.querySelectorAll('#log .msg.bot').length`); n != 3 {
		t.Errorf("%d bot messages, want 3 (welcome, hand-off, the manager's answer)", n)
	}
	do(t, tctx, chromedp.Reload(), lastBotSays("Ik bel je morgen om tien uur."))
	if n := eval[int](t, tctx, `Array.from(document.querySelectorAll('#log .msg.bot')).filter(m => m.innerText.includes('tien uur')).length`); n != 1 {
		t.Errorf("after a reload the manager's answer shows %d times, want once", n)
	}
	screenshot(t, tctx, "chat-manager-answer")
}
