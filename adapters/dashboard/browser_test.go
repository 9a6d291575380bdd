package dashboard_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/boltaccounts"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
	"github.com/wegwijzer/wegwijzer/internal/browsertest"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

var docs = flag.Bool("docs", false, "write the README's screenshot docs/analyst.png")

func screenshot(t *testing.T, ctx context.Context, path string) {
	// quality 100 gives a PNG; below that Chromium writes JPEG.
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// demoEvents are twelve weeks of questions from two communities: enough entrepreneurs for most cells to pass k,
// a few small cells that are suppressed, and a word ("stikstof") that rises in unanswered questions.
func demoEvents(end time.Time) []wegwijzer.DemandEvent {
	rng := rand.New(rand.NewPCG(7, 15))
	themes := []string{"financiering", "verduurzaming", "arbeidsmarkt", "digitalisering", "regels"}
	texts := map[string][]string{
		"financiering":   {"krediet voor een nieuwe bestelbus", "lening voor de verbouwing van de winkel"},
		"verduurzaming":  {"subsidie voor zonnepanelen op het bedrijfspand", "stikstof vergunning voor de uitbreiding"},
		"arbeidsmarkt":   {"eerste werknemer aannemen wat moet ik regelen", "personeel vinden in de zorg"},
		"digitalisering": {"webwinkel beginnen en betalingen", "hulp bij cybersecurity"},
		"regels":         {"stikstof regels voor mijn bedrijf", "welke vergunning heb ik nodig"},
	}
	places := map[string]string{"zwolle": "gemeente-zwolle", "breda": "gemeente-breda"}
	var evs []wegwijzer.DemandEvent
	n := 0
	for week := range 24 {
		for _, community := range []string{"zwolle", "breda"} {
			for ti, th := range themes {
				people := 2 + rng.IntN(4+ti*2)
				if week < 12 && th == "regels" {
					people = 1 // stikstof rises in the last twelve weeks
				}
				for p := range people {
					n++
					outcome := wegwijzer.OutcomeAnswered
					if rng.IntN(3) == 0 || th == "regels" {
						outcome = wegwijzer.OutcomeNoMatch
					}
					evs = append(evs, wegwijzer.DemandEvent{
						ID: fmt.Sprintf("e%d", n), Time: end.Add(-time.Duration(23-week) * 7 * 24 * time.Hour).Add(-time.Duration(p) * time.Hour),
						Community: community, Platform: "slack", Outcome: outcome, Person: fmt.Sprintf("%s-%d", community, rng.IntN(60)),
						Conversation: fmt.Sprintf("c%d", n), Region: places[community], Themes: []string{th}, Text: texts[th][rng.IntN(2)],
					})
				}
			}
		}
	}
	return evs
}

// TestDashboardInABrowser signs in with an invite, links a group of questions through the offer picker and opens
// every analyst page, at desktop and phone width, writing screenshots as artefacts.
func TestDashboardInABrowser(t *testing.T) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log, err := boltlog.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	if err := log.Append(context.Background(), demoEvents(now)...); err != nil {
		t.Fatal(err)
	}
	accounts, err := boltaccounts.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer accounts.Close()
	// A web-chat hand-off whose conversation keeps the way to reach the person.
	st, err := boltstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ps, err := demand.NewPseudonymizer([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(context.Background(), &wegwijzer.Conversation{ID: "conv-browser", Community: "zwolle", Platform: "web", State: "handoff",
		Handoff: "open", HandoffNote: &wegwijzer.HandoffNote{Contact: "anna@bakkerij-voorbeeld.nl"}}, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := log.Append(context.Background(), wegwijzer.DemandEvent{ID: "browser-handoff", Time: now.Add(-time.Hour), Community: "zwolle",
		Platform: "web", Outcome: wegwijzer.OutcomeHandoff, Person: "p-browser", Conversation: "pc-browser", Text: "minder gas verbruiken",
		Handoff: &wegwijzer.HandoffNote{Theme: "verduurzaming", Slots: map[string]string{"region": "regio-zwolle"}, Shown: []string{"eia"},
			Words: "ik heb een bakkerij en wil minder gas verbruiken, kan iemand mij bellen"},
		HandoffRef: ps.HandoffRef("conv-browser")}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/dashboard/", dashboard.New(log, log, cat, nil, dashboard.Options{Accounts: accounts, Now: func() time.Time { return now },
		Desk: demand.NewDesk(st, ps, time.Hour)}))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	token, _, err := dashboard.NewInvite(context.Background(), accounts, "Anna Analist", dashboard.RoleAdmin, "", time.Hour, now)
	if err != nil {
		t.Fatal(err)
	}

	ctx, tctx := browsertest.Open(t, srv.URL+"/dashboard/login?token="+token, 1280, 800, 2*time.Minute)
	dir := browsertest.Artefacts(t)

	// Sign in: the invite page's button burns the token and lands on the communities.
	// Wait for the communities' links: the invite page has an h1 too.
	if err := chromedp.Do(tctx, chromedp.Click(`#login`), chromedp.WaitVisible(`table a[href^="/dashboard/c/"]`)); err != nil {
		t.Fatalf("sign in: %v", err)
	}
	heading, err := chromedp.Run(tctx, chromedp.Text(`main h1`))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "Communities" {
		t.Fatalf("after sign-in the page says %q, want the communities", heading)
	}
	screenshot(t, tctx, filepath.Join(dir, "home.png"))

	// Link a group: type part of an offer's title in the picker.
	err = chromedp.Do(tctx,
		chromedp.Navigate(srv.URL+"/dashboard/c/zwolle"),
		chromedp.WaitVisible(`form.picker input[name=offer]`),
		chromedp.SendKeys(`form.picker input[name=offer]`, "qredits"),
		chromedp.Click(`form.picker button`),
		chromedp.WaitVisible(`p.ok`),
	)
	var notice string
	if err == nil {
		notice, err = chromedp.Run(tctx, chromedp.Text(`p.ok`))
	}
	if err != nil || !strings.Contains(notice, "gekoppeld") {
		t.Fatalf("link through the picker: %q, %v", notice, err)
	}
	screenshot(t, tctx, filepath.Join(dir, "community.png"))

	// The hand-off inbox: the summary and the contact, readable on a phone; an answer goes into the web chat.
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(srv.URL+"/dashboard/c/zwolle"), chromedp.WaitVisible(`#inbox`)); err != nil {
		t.Fatalf("inbox: %v", err)
	}
	if n := eval[int](t, tctx, `document.querySelectorAll('form.reply textarea').length`); n != 1 {
		t.Fatalf("inbox with %d reply forms, want 1:\n%s", n, eval[string](t, tctx, `document.querySelector('table.cards').outerHTML`))
	}
	inbox := eval[string](t, tctx, `document.querySelector('#inbox') ? document.querySelector('#inbox').parentElement.innerText : document.body.innerText`)
	for _, want := range []string{"Bereikbaar via: anna@bakkerij-voorbeeld.nl", "Energie-investeringsaftrek", "ik heb een bakkerij"} {
		if !strings.Contains(inbox, want) {
			t.Errorf("the inbox in the browser lacks %q", want)
		}
	}
	if eval[bool](t, tctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the inbox is wider than a phone's screen")
	}
	if n := eval[int](t, tctx, `[...document.querySelectorAll('textarea')].filter(e => !e.labels || e.labels.length === 0).length`); n > 0 {
		t.Errorf("%d reply fields without a label", n)
	}
	if bad := eval[[]string](t, tctx, lowContrastJS); len(bad) > 0 {
		t.Errorf("inbox: text under 4.5:1 contrast: %v", bad)
	}
	screenshot(t, tctx, filepath.Join(dir, "inbox-phone.png"))
	rctx, rcancel := context.WithTimeout(tctx, 20*time.Second)
	defer rcancel()
	eval[bool](t, rctx, `(() => { const f = document.querySelector('form.reply'); f.querySelector('textarea').value = 'Ik bel je morgen om tien uur.'; f.querySelector('button').click(); return true })()`)
	err = chromedp.Do(rctx, chromedp.WaitVisible(`p.ok`))
	if err != nil {
		t.Logf("after the answer: %s", eval[string](t, ctx, `location.href + "\n" + document.body.innerText.slice(0, 300)`))
	}
	if err == nil {
		notice, err = chromedp.Run(tctx, chromedp.Text(`p.ok`))
	}
	if err != nil || !strings.Contains(notice, "antwoord verstuurd") {
		t.Fatalf("answer from the inbox: %q, %v", notice, err)
	}
	if c, err := st.Load(context.Background(), "conv-browser"); err != nil || len(c.HandoffReplies) != 1 {
		t.Errorf("the answer did not reach the conversation: %+v, %v", c, err)
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}

	for _, size := range []struct {
		name string
		w, h int64
	}{{"desktop", 1280, 800}, {"phone", 390, 844}} {
		for _, page := range []string{"trends", "whitespots", "reach", "emerging"} {
			if err := chromedp.Do(tctx, chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(srv.URL+"/dashboard/analyst/"+page), chromedp.WaitVisible(`main h1`)); err != nil {
				t.Fatalf("%s at %s: %v", page, size.name, err)
			}
			overflow := eval[bool](t, tctx, `document.documentElement.scrollWidth > window.innerWidth + 1`)
			unlabelled := eval[int](t, tctx, `[...document.querySelectorAll('input:not([type=hidden]), select')].filter(e => !e.labels || e.labels.length === 0).length`)
			rows := eval[int](t, tctx, `document.querySelectorAll('.tablewrap tbody tr').length`)
			if overflow {
				t.Errorf("%s at %s: the page is wider than the screen", page, size.name)
			}
			if unlabelled > 0 {
				t.Errorf("%s at %s: %d form fields without a label", page, size.name, unlabelled)
			}
			if rows == 0 {
				t.Errorf("%s at %s: no text table next to the chart", page, size.name)
			}
			if bad := eval[[]string](t, tctx, lowContrastJS); len(bad) > 0 {
				t.Errorf("%s at %s: text under 4.5:1 contrast: %v", page, size.name, bad)
			}
			if n := eval[int](t, tctx, `document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length`); n > 0 {
				t.Errorf("%s at %s: %d elements with a positive tabindex (they break the focus order)", page, size.name, n)
			}
			if first := eval[string](t, tctx, firstFocusJS); first != "Wegwijzer analyse" {
				t.Errorf("%s at %s: the first Tab goes to %q, want the header's first link", page, size.name, first)
			}
			if n := eval[int](t, tctx, `document.querySelectorAll('svg.chart rect').length`); n == 0 {
				t.Errorf("%s at %s: no chart drawn", page, size.name)
			}
			screenshot(t, tctx, filepath.Join(dir, page+"-"+size.name+".png"))
			if *docs && page == "whitespots" && size.name == "desktop" {
				// The README's picture: the top of the page at a laptop's size, small enough to commit.
				if err := chromedp.Do(tctx, chromedp.EmulateViewport(1024, 760)); err != nil {
					t.Fatal(err)
				}
				png, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join("..", "..", "docs", "analyst.png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// lowContrastJS lists the texts (outside the SVG charts, whose figures the tables repeat) whose colour has less
// than WCAG AA's 4.5:1 contrast against the first opaque background behind them.
const lowContrastJS = `(() => {
  const lum = c => { const m = c.match(/[\d.]+/g).map(Number); const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]); };
  const bg = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; const m = c.match(/[\d.]+/g);
    if (m && (m.length < 4 || Number(m[3]) > 0.9)) return c; } return 'rgb(255,255,255)'; };
  const bad = [];
  for (const el of document.querySelectorAll('body *:not(svg):not(svg *)')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(getComputedStyle(el).color), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) bad.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
  }
  return bad;
})()`

// firstFocusJS returns the text of the first element a Tab from the top of the page reaches.
const firstFocusJS = `(() => {
  const f = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]')]
    .filter(e => !e.disabled && e.offsetParent !== null);
  return f.length ? f[0].textContent.trim() : '';
})()`
