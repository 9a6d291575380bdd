package dashboard_test

import (
	"context"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/boltaccounts"
	"github.com/wegwijzer/wegwijzer/internal/ratelimit"
)

// browser is an HTTP client with a cookie jar that does not follow redirects.
type browser struct {
	t *testing.T
	c *http.Client
	f *fixture
}

func (f *fixture) browser(t *testing.T) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, f: f, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (b *browser) get(path string) (int, string) {
	b.t.Helper()
	resp, err := b.c.Get(b.f.srv.URL + path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	return resp.StatusCode, readAll(resp)
}

func (b *browser) post(path string, form url.Values) *http.Response {
	b.t.Helper()
	resp, err := b.c.PostForm(b.f.srv.URL+path, form)
	if err != nil {
		b.t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func readAll(resp *http.Response) string {
	var sb strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			return sb.String()
		}
	}
}

func withAccounts(t *testing.T) (*boltaccounts.Accounts, func(*dashboard.Options)) {
	a, err := boltaccounts.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a, func(o *dashboard.Options) { o.Accounts = a }
}

func invite(t *testing.T, a dashboard.Accounts, name string, role dashboard.Role, community string) string {
	t.Helper()
	token, _, err := dashboard.NewInvite(context.Background(), a, name, role, community, time.Hour, now)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

func TestInviteSignsInOnceWithAStrictCookie(t *testing.T) {
	a, opt := withAccounts(t)
	f := setupWith(t, opt)
	token := invite(t, a, "Anna", dashboard.RoleManager, "zwolle")
	b := f.browser(t)

	// Opening the link shows a button; a link preview that only GETs does not use the invite.
	if code, page := b.get("/dashboard/login?token=" + token); code != 200 || !strings.Contains(page, `value="`+token+`"`) {
		t.Fatalf("login page %d:\n%s", code, page)
	}
	if code, _ := b.get("/dashboard/"); code != 401 {
		t.Errorf("before pressing the button: %d, want 401", code)
	}
	resp := b.post("/dashboard/login", url.Values{"token": {token}})
	if resp.StatusCode != 303 {
		t.Fatalf("sign in: %d, want 303", resp.StatusCode)
	}
	var c *http.Cookie
	for _, k := range resp.Cookies() {
		if k.Name == "wegwijzer_dashboard" {
			c = k
		}
	}
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/dashboard/" || c.MaxAge <= 0 {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict, path /dashboard/, an expiry", c)
	}
	if strings.Contains(c.Value, token) {
		t.Error("the cookie carries the invite token")
	}
	if code, page := b.get("/dashboard/c/zwolle"); code != 200 || !strings.Contains(page, "waar vind ik een boekhouder") {
		t.Errorf("own community after sign-in: %d", code)
	}
	if code, _ := b.get("/dashboard/c/breda"); code != 403 {
		t.Errorf("another community: %d, want 403", code)
	}
	if code, _ := b.get("/dashboard/analyst/"); code != 403 {
		t.Errorf("a manager on the analyst pages: %d, want 403", code)
	}

	// The invite is burnt: a second browser cannot use it.
	if resp := f.browser(t).post("/dashboard/login", url.Values{"token": {token}}); resp.StatusCode != 401 {
		t.Errorf("second use of the invite: %d, want 401", resp.StatusCode)
	}

	// Revoked from the command line: the next request is signed out.
	list, err := a.Sessions(context.Background(), now)
	if err != nil || len(list) != 1 || list[0].IDHash != dashboard.Hash(c.Value) {
		t.Fatalf("stored sessions %+v (%v): want one, under the hash of the cookie", list, err)
	}
	if _, err := a.Revoke(context.Background(), list[0].Ref()); err != nil {
		t.Fatal(err)
	}
	if code, _ := b.get("/dashboard/c/zwolle"); code != 401 {
		t.Errorf("after revoke: %d, want 401", code)
	}
}

func TestSessionsExpire(t *testing.T) {
	a, opt := withAccounts(t)
	clock := now
	f := setupWith(t, func(o *dashboard.Options) {
		opt(o)
		o.Now = func() time.Time { return clock }
		o.SessionTTL = time.Hour
	})
	b := f.browser(t)
	b.post("/dashboard/login", url.Values{"token": {invite(t, a, "Bo", dashboard.RoleAdmin, "")}})
	if code, _ := b.get("/dashboard/c/breda"); code != 200 {
		t.Fatalf("admin after sign-in: %d, want 200", code)
	}
	clock = clock.Add(61 * time.Minute)
	if code, _ := b.get("/dashboard/c/breda"); code != 401 {
		t.Errorf("after the session's hour: %d, want 401", code)
	}
}

func TestRolesSeeTheirPages(t *testing.T) {
	a, opt := withAccounts(t)
	f := setupWith(t, opt)
	for _, tt := range []struct {
		role      dashboard.Role
		community string
		path      string
		code      int
	}{
		{dashboard.RoleAnalyst, "", "/dashboard/", 303},
		{dashboard.RoleAnalyst, "", "/dashboard/c/zwolle", 403},
		{dashboard.RoleAnalyst, "", "/dashboard/analyst/trends", 200},
		{dashboard.RoleManager, "zwolle", "/dashboard/analyst/trends", 403},
		{dashboard.RoleManager, "zwolle", "/dashboard/analyst/export.csv", 403},
		{dashboard.RoleAdmin, "", "/dashboard/analyst/whitespots", 200},
		{dashboard.RoleAdmin, "", "/dashboard/c/zwolle", 200},
	} {
		b := f.browser(t)
		b.post("/dashboard/login", url.Values{"token": {invite(t, a, "X", tt.role, tt.community)}})
		if code, _ := b.get(tt.path); code != tt.code {
			t.Errorf("%s on %s: %d, want %d", tt.role, tt.path, code, tt.code)
		}
	}
}

func TestWrongInviteTokensAreLimited(t *testing.T) {
	_, opt := withAccounts(t)
	f := setupWith(t, func(o *dashboard.Options) {
		opt(o)
		o.Logins = ratelimit.New(ratelimit.Limit{N: 2, Period: time.Minute}, func() time.Time { return now })
	})
	b := f.browser(t)
	for i, want := range []int{401, 401, 429} {
		if resp := b.post("/dashboard/login", url.Values{"token": {"guess"}}); resp.StatusCode != want {
			t.Errorf("wrong token %d: %d, want %d", i+1, resp.StatusCode, want)
		}
	}
}

func TestLogoutEndsTheSession(t *testing.T) {
	a, opt := withAccounts(t)
	f := setupWith(t, opt)
	b := f.browser(t)
	b.post("/dashboard/login", url.Values{"token": {invite(t, a, "Anna", dashboard.RoleManager, "zwolle")}})
	_, page := b.get("/dashboard/c/zwolle")
	csrf, _ := formValues(t, page)
	if resp := b.post("/dashboard/logout", url.Values{}); resp.StatusCode != 403 {
		t.Errorf("logout without the form token: %d, want 403 (another site cannot sign people out)", resp.StatusCode)
	}
	if resp := b.post("/dashboard/logout", url.Values{"csrf": {csrf}}); resp.StatusCode != 303 {
		t.Fatalf("logout: %d, want 303", resp.StatusCode)
	}
	if code, _ := b.get("/dashboard/c/zwolle"); code != 401 {
		t.Errorf("after logout: %d, want 401", code)
	}
	if list, _ := a.Sessions(context.Background(), now); len(list) != 0 {
		t.Errorf("sessions after logout: %+v, want none", list)
	}
}

func TestLoginPageEchoesOnlyTokenShapedText(t *testing.T) {
	_, opt := withAccounts(t)
	f := setupWith(t, opt)
	for _, tt := range []struct {
		token string
		shown bool
	}{
		{dashboard.NewSecret(), true},
		{"Uw account is geblokkeerd, bel 0900-1234", false},
		{`"><script>alert(1)</script>`, false},
	} {
		_, page := f.browser(t).get("/dashboard/login?token=" + url.QueryEscape(tt.token))
		if got := strings.Contains(page, `id="login"`); got != tt.shown {
			t.Errorf("token %q: sign-in button shown %v, want %v", tt.token, got, tt.shown)
		}
		if !tt.shown && (strings.Contains(page, "0900-1234") || strings.Contains(page, "<script>")) {
			t.Errorf("token %q: the page shows text from the query string", tt.token)
		}
	}
}
