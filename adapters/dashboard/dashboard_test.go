package dashboard_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

var now = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

type fixture struct {
	srv    *httptest.Server
	log    *boltlog.Log
	linked []string
}

func setup(t *testing.T) *fixture { t.Helper(); return setupWith(t, nil) }

func setupWith(t *testing.T, mod func(*dashboard.Options)) *fixture {
	t.Helper()
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log, err := boltlog.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	var evs []wegwijzer.DemandEvent
	for i := range 6 {
		evs = append(evs,
			wegwijzer.DemandEvent{ID: fmt.Sprintf("z%d", i), Time: now.Add(-time.Duration(i) * time.Hour), Community: "zwolle", Platform: "slack",
				Outcome: wegwijzer.OutcomeNoMatch, Person: fmt.Sprintf("p%d", i), Conversation: fmt.Sprintf("c%d", i), Text: "waar vind ik een boekhouder"},
			wegwijzer.DemandEvent{ID: fmt.Sprintf("b%d", i), Time: now.Add(-time.Duration(i) * time.Hour), Community: "breda", Platform: "web",
				Outcome: wegwijzer.OutcomeNoMatch, Person: fmt.Sprintf("q%d", i), Conversation: fmt.Sprintf("d%d", i), Text: "geheime vraag uit breda"})
	}
	evs = append(evs, wegwijzer.DemandEvent{ID: "h1", Time: now.Add(-time.Hour), Community: "zwolle", Platform: "slack",
		Outcome: wegwijzer.OutcomeHandoff, Person: "p9", Conversation: "c9", Text: "ik wil iemand spreken over verduurzamen"})
	if err := log.Append(context.Background(), evs...); err != nil {
		t.Fatal(err)
	}
	f := &fixture{log: log}
	opts := dashboard.Options{
		Tokens: map[string]string{"zwolle": "zwolle-token-0123456789", dashboard.All: "all-token-0123456789abc"},
		Now:    func() time.Time { return now },
		Link:   func(q, offer string) error { f.linked = append(f.linked, offer+":"+q); return nil },
	}
	if mod != nil {
		mod(&opts)
	}
	h := dashboard.New(log, log, cat, nil, opts)
	mux := http.NewServeMux()
	mux.Handle("/dashboard/", h)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) do(t *testing.T, method, path, user, pass string, form url.Values) (int, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, f.srv.URL+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if user != "" {
		req.SetBasicAuth(user, pass)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestDashboardNeedsAuthentication(t *testing.T) {
	f := setup(t)
	for _, tt := range []struct {
		name, user, pass, path string
		code                   int
	}{
		{"no credentials", "", "", "/dashboard/", 401},
		{"wrong token", "zwolle", "nope", "/dashboard/", 401},
		{"unknown login", "breda", "zwolle-token-0123456789", "/dashboard/", 401},
		{"another community", "zwolle", "zwolle-token-0123456789", "/dashboard/c/breda", 403},
		{"own community", "zwolle", "zwolle-token-0123456789", "/dashboard/c/zwolle", 200},
		{"all communities", "*", "all-token-0123456789abc", "/dashboard/c/breda", 200},
	} {
		code, _ := f.do(t, "GET", tt.path, tt.user, tt.pass, nil)
		if code != tt.code {
			t.Errorf("%s: %d, want %d", tt.name, code, tt.code)
		}
	}
}

func TestDashboardIsOffWithoutTokens(t *testing.T) {
	h := dashboard.New(nil, nil, nil, nil, dashboard.Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/dashboard/", nil))
	if rec.Code != http.StatusForbidden {
		t.Errorf("status %d, want 403 when no token is configured", rec.Code)
	}
}

func TestManagerReviewsLinksAndTakesHandoffs(t *testing.T) {
	f := setup(t)
	const user, pass = "zwolle", "zwolle-token-0123456789"
	code, page := f.do(t, "GET", "/dashboard/c/zwolle", user, pass, nil)
	if code != 200 || !strings.Contains(page, "waar vind ik een boekhouder") || !strings.Contains(page, "6 vragen, 6 ondernemers") {
		t.Fatalf("review page %d:\n%s", code, page)
	}
	if strings.Contains(page, "geheime vraag uit breda") {
		t.Error("a Zwolle manager sees a question from Breda")
	}
	home := func() string { _, p := f.do(t, "GET", "/dashboard/", user, pass, nil); return p }()
	if strings.Contains(home, "/dashboard/c/breda") {
		t.Error("the home page lists a community the manager may not see")
	}
	csrf := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindStringSubmatch(page)
	item := regexp.MustCompile(`name="item" value="([^"]+)"`).FindStringSubmatch(page)
	event := regexp.MustCompile(`name="event" value="([^"]+)"`).FindStringSubmatch(page)
	if csrf == nil || item == nil || event == nil {
		t.Fatalf("page lacks the forms:\n%s", page)
	}
	// A form without the page's token (another site posting with the browser's credentials) is refused.
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/link", user, pass, url.Values{"item": {item[1]}, "offer": {"kvk-advies"}}); code != 403 {
		t.Errorf("link without csrf token: %d, want 403", code)
	}
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/link", user, pass, url.Values{"csrf": {csrf[1]}, "item": {item[1]}, "offer": {"bestaat-niet"}}); code != 400 {
		t.Errorf("link to an unknown offer: %d, want 400", code)
	}
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/link", user, pass, url.Values{"csrf": {csrf[1]}, "item": {item[1]}, "offer": {"kvk-advies"}}); code != 303 {
		t.Fatalf("link: %d, want 303", code)
	}
	links, err := f.log.Links(context.Background())
	if err != nil || len(links) != 1 || links[0].OfferID != "kvk-advies" {
		t.Errorf("stored links %v (%v), want one to kvk-advies", links, err)
	}
	if len(f.linked) == 0 || !strings.HasPrefix(f.linked[0], "kvk-advies:") {
		t.Errorf("the running index was not taught the link: %v", f.linked)
	}
	if code, _ := f.do(t, "POST", "/dashboard/c/zwolle/handoff", user, pass, url.Values{"csrf": {csrf[1]}, "event": {event[1]}, "state": {"taken"}}); code != 303 {
		t.Fatalf("take hand-off: %d, want 303", code)
	}
	states, _ := f.log.HandoffStates(context.Background())
	if states[event[1]] != wegwijzer.HandoffTaken {
		t.Errorf("hand-off state %q, want taken", states[event[1]])
	}
}

func TestWrongLoginsAreLimited(t *testing.T) {
	f := setupWith(t, func(o *dashboard.Options) {
		o.Logins = ratelimit.New(ratelimit.Limit{N: 3, Period: time.Minute}, func() time.Time { return now })
	})
	for i := range 3 {
		if code, _ := f.do(t, "GET", "/dashboard/", "zwolle", fmt.Sprintf("guess-%d", i), nil); code != 401 {
			t.Fatalf("wrong login %d: %d, want 401", i+1, code)
		}
	}
	if code, _ := f.do(t, "GET", "/dashboard/", "zwolle", "guess-4", nil); code != 429 {
		t.Errorf("fourth wrong login: %d, want 429", code)
	}
	// While the address is refused, the right token is refused too: guessing cannot go on between refusals.
	if code, _ := f.do(t, "GET", "/dashboard/", "zwolle", "zwolle-token-0123456789", nil); code != 429 {
		t.Errorf("right login from a refused address: %d, want 429", code)
	}
}

func TestFormTokenRotates(t *testing.T) {
	clock := now
	f := setupWith(t, func(o *dashboard.Options) { o.Now = func() time.Time { return clock } })
	const user, pass = "zwolle", "zwolle-token-0123456789"
	token := func() string {
		_, page := f.do(t, "GET", "/dashboard/c/zwolle", user, pass, nil)
		m := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatal("no form token on the page")
		}
		return m[1]
	}
	first := token()
	clock = clock.Add(2 * time.Hour)
	second := token()
	if first == second {
		t.Fatal("the form token did not change in two hours")
	}
	post := func(tok string) int {
		code, _ := f.do(t, "POST", "/dashboard/c/zwolle/handoff", user, pass, url.Values{"csrf": {tok}, "event": {"h1"}, "state": {"taken"}})
		return code
	}
	if code := post(first); code != 403 {
		t.Errorf("a form token two hours old: %d, want 403", code)
	}
	if code := post(second); code != 303 {
		t.Errorf("the current form token: %d, want 303", code)
	}
}

func TestNoticeIsNeverTextFromTheQuery(t *testing.T) {
	f := setup(t)
	_, page := f.do(t, "GET", "/dashboard/c/zwolle?ok=Uw+account+is+geblokkeerd,+bel+0900-1234", "zwolle", "zwolle-token-0123456789", nil)
	if strings.Contains(page, "0900-1234") {
		t.Error("the page shows free text from the query string")
	}
	_, page = f.do(t, "GET", "/dashboard/c/zwolle?ok=gekoppeld", "zwolle", "zwolle-token-0123456789", nil)
	if !strings.Contains(page, "Opgeslagen: gekoppeld") {
		t.Error("a known notice is not shown")
	}
}
