package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

var scores = regexp.MustCompile(`"score": [0-9.e+-]+`)

// binary is the wegwijzer binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "wegwijzer-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "wegwijzer")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build wegwijzer: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// wegwijzer runs the binary with a private data folder and returns its output and exit status.
func runBinary(t *testing.T, dataDir string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(os.Environ(), "WEGWIJZER_DATA="+dataDir, "WEGWIJZER_CONTENT=", "WEGWIJZER_REDIS_URL=",
		"WEGWIJZER_PSEUDONYM_KEY=", "WEGWIJZER_CONVERSATION_TTL=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestSearchJSONContract(t *testing.T) {
	// The first two results only: the rest of the ranking moves with every change of the catalogue's content.
	r := runBinary(t, t.TempDir(), "search", "--json", "--top", "2", "subsidie elektrische bestelbus")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var got struct {
		Query   string `json:"query"`
		NoMatch bool   `json:"no_match"`
		Results []struct {
			ID       string  `json:"id"`
			Title    string  `json:"title"`
			Provider string  `json:"provider"`
			Kind     string  `json:"kind"`
			Score    float64 `json:"score"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, r.stdout)
	}
	if got.Query != "subsidie elektrische bestelbus" || got.NoMatch || len(got.Results) == 0 || got.Results[0].ID != "seba" {
		t.Errorf("search = %+v, want seba first", got)
	}
	for _, res := range got.Results {
		if res.Title == "" || res.Provider == "" || res.Kind == "" || res.Score <= 0 {
			t.Errorf("result %+v lacks a field of the contract", res)
		}
	}
	// Scores move with every tuning of the search; the golden file pins the shape and the top of the ranking.
	golden(t, "search-bestelbus.json", scores.ReplaceAll([]byte(r.stdout), []byte(`"score": 1`)))
}

func TestSearchNoMatch(t *testing.T) {
	r := runBinary(t, t.TempDir(), "search", "--json", "recept voor appeltaart")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"no_match": true`) || !strings.Contains(r.stdout, `"results": []`) {
		t.Errorf("want no_match with empty results, got %s", r.stdout)
	}
}

func TestSearchRegionFilter(t *testing.T) {
	data := t.TempDir()
	in := runBinary(t, data, "search", "--json", "--region", "Deventer", "--top", "10", "energiefonds investeren energie")
	out := runBinary(t, data, "search", "--json", "--region", "Breda", "--top", "10", "energiefonds investeren energie")
	if !strings.Contains(in.stdout, `"energiefonds-overijssel"`) {
		t.Errorf("Deventer (Overijssel) should see energiefonds-overijssel:\n%s", in.stdout)
	}
	if strings.Contains(out.stdout, `"energiefonds-overijssel"`) {
		t.Errorf("Breda (Noord-Brabant) must not see energiefonds-overijssel:\n%s", out.stdout)
	}
	bad := runBinary(t, data, "search", "--region", "Atlantis", "subsidie")
	if bad.code != 2 || !strings.Contains(bad.stderr, `unknown region "Atlantis"`) {
		t.Errorf("unknown region: exit %d, stderr %q", bad.code, bad.stderr)
	}
}

type replyJSON struct {
	Conversation string `json:"conversation"`
	Kind         string `json:"kind"`
	Text         string `json:"text"`
	Offers       []struct {
		ID, Title, Provider, URL string
	} `json:"offers"`
	Options []struct{ Label, Value string } `json:"options"`
}

func decodeReply(t *testing.T, s string) replyJSON {
	t.Helper()
	var r replyJSON
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("not the ask JSON contract: %v\n%s", err, s)
	}
	return r
}

func TestAskContinuesAConversation(t *testing.T) {
	data := t.TempDir()
	r := runBinary(t, data, "ask", "--json", "--conversation", "t1", "Ik wil mijn bedrijf verduurzamen")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden(t, "ask-broad.json", []byte(r.stdout))
	first := decodeReply(t, r.stdout)
	if first.Conversation != "t1" || first.Kind != "clarify" || len(first.Options) == 0 {
		t.Fatalf("broad question: %+v, want clarify with options", first)
	}
	// Pressing a button in a second process continues the same dialogue from the store.
	r = runBinary(t, data, "ask", "--json", "--conversation", "t1", "topic:mobiliteit")
	second := decodeReply(t, r.stdout)
	if second.Conversation != "t1" || second.Kind != "clarify" {
		t.Fatalf("after topic: %+v, want the next question", second)
	}
	// Free text answers a question as well as a button does.
	r = runBinary(t, data, "ask", "--json", "--conversation", "t1", "transport")
	third := decodeReply(t, r.stdout)
	r = runBinary(t, data, "ask", "--json", "--conversation", "t1", "Deventer")
	fourth := decodeReply(t, r.stdout)
	last := fourth
	if third.Kind == "answer" {
		last = third
	}
	if last.Kind != "answer" || len(last.Offers) == 0 {
		t.Fatalf("after sector and region: %+v / %+v, want an answer with offers", third, fourth)
	}
	for _, o := range last.Offers {
		if o.ID == "" || o.Title == "" || o.Provider == "" || !strings.HasPrefix(o.URL, "https://") {
			t.Errorf("offer %+v lacks a field of the contract", o)
		}
	}
}

func TestBadInput(t *testing.T) {
	data := t.TempDir()
	broken := t.TempDir()
	os.MkdirAll(filepath.Join(broken, "offers"), 0o755)
	os.WriteFile(filepath.Join(broken, "themes.yaml"), []byte("- {id: starten, label: Starten, label_en: Starting, words: [], topics: []}\n"), 0o644)
	os.WriteFile(filepath.Join(broken, "offers", "x.yaml"), []byte("id: x\ntitle: X\nkind: iets\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no command", nil, 2, "Usage: wegwijzer COMMAND"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"empty question", []string{"ask", "--json", "  "}, 2, "a question is required"},
		{"empty search", []string{"search"}, 2, "a query is required"},
		{"unknown flag", []string{"search", "--colour", "x"}, 2, "flag provided but not defined: -colour"},
		{"top out of range", []string{"search", "--top", "0", "x"}, 2, "--top must be between 1 and 50"},
		{"broken content", []string{"search", "--content", broken, "subsidie"}, 1, `offers/x.yaml:3: field kind: unknown kind "iets"`},
		{"content check lists problems", []string{"content", "check", broken}, 1, "error(s)"},
		{"missing content folder", []string{"search", "--content", filepath.Join(broken, "nope"), "x"}, 1, "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, data, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
	check := runBinary(t, data, "content", "check", broken)
	for _, want := range []string{`offers/x.yaml:3: field kind: unknown kind "iets"`, "offers/x.yaml: field provider: is required", "offers/x.yaml: field url: is required"} {
		if !strings.Contains(check.stdout, want) {
			t.Errorf("content check output lacks %q:\n%s", want, check.stdout)
		}
	}
}

func TestContentCheckBuiltin(t *testing.T) {
	r := runBinary(t, t.TempDir(), "content", "check", "-q")
	if r.code != 0 || !strings.Contains(r.stdout, "ok:") {
		t.Fatalf("content check: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runBinary(t, t.TempDir(), "content", "stats", "--json")
	var st struct {
		Offers   int            `json:"offers"`
		IDs      []string       `json:"ids"`
		ByTheme  map[string]int `json:"by_theme"`
		ByRegion map[string]int `json:"by_region"`
		ByKind   map[string]int `json:"by_kind"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("content stats --json: %v\n%s", err, r.stdout)
	}
	if st.Offers < 150 || len(st.IDs) != st.Offers || st.ByTheme["verduurzaming"] == 0 || st.ByRegion["nl"] == 0 || st.ByKind["subsidie"] == 0 {
		t.Errorf("content stats = %+v", st)
	}
}

// TestServe runs the server as a process: health, the chat API, bad requests, and a graceful stop on SIGTERM.
func TestServe(t *testing.T) {
	const metricsToken = "metrics-token-0123456789"
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "WEGWIJZER_DATA="+t.TempDir(), "WEGWIJZER_CONTENT=", "WEGWIJZER_REDIS_URL=",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=", "WEGWIJZER_DASHBOARD_TOKENS=",
		"WEGWIJZER_METRICS_TOKEN="+metricsToken, "WEGWIJZER_METRICS_ADDR=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	base := ""
	sc := bufio.NewScanner(stderr)
	urlRE := regexp.MustCompile(`url=(http://\S+)/`)
	for sc.Scan() {
		if m := urlRE.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("serve did not log its url")
	}
	go io.Copy(io.Discard, stderr)

	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	post := func(body string) (int, string) {
		resp, err := http.Post(base+"/api/chat", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz = %d %q", code, body)
	}
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d", code)
	}

	if code, body := get("/"); code != 200 || !strings.Contains(body, "<title>Wegwijzer") {
		t.Errorf("/ = %d, want the chat page", code)
	}
	code, body := post(`{"text":"subsidie voor een elektrische bestelbus"}`)
	if code != 200 {
		t.Fatalf("/api/chat = %d %s", code, body)
	}
	reply := decodeReply(t, body)
	if reply.Conversation == "" || reply.Kind != "answer" || len(reply.Offers) == 0 || reply.Offers[0].ID == "seba" {
		t.Errorf("/api/chat reply = %+v, want an answer without the closed SEBA (not named)", reply)
	}
	if code, body := get("/dashboard/"); code != 401 || !strings.Contains(body, "uitnodiging") {
		t.Errorf("/dashboard/ without a session = %d, want 401 and the sign-in page (never without authentication)", code)
	}
	if code, _ := get("/metrics"); code != 401 {
		t.Errorf("/metrics without the token = %d, want 401", code)
	}
	req, _ := http.NewRequest("GET", base+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+metricsToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	metricsBody, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(metricsBody), `wegwijzer_turns_total{kind="answer",platform="web"} 1`) {
		t.Errorf("/metrics = %d, want the answered web turn counted:\n%.2000s", resp.StatusCode, metricsBody)
	}
	tests := []struct {
		name, body string
		code       int
		want       string
	}{
		{"invalid JSON", `{"text":`, 400, "invalid JSON"},
		{"unknown field", `{"txt":"hallo"}`, 400, "invalid JSON"},
		{"empty", `{"conversation":"x","text":"   "}`, 400, "text or option is required"},
		{"an id the server did not issue starts a new conversation", `{"conversation":"a b","text":"hallo"}`, 200, "Ik kon ons eerdere gesprek niet terugvinden"},
		{"1 MB body", `{"text":"` + strings.Repeat("a", 1<<20) + `"}`, 413, "too large"},
		{"trailing JSON", `{"text":"hallo"}{"text":"nog een"}`, 400, "exactly one object"},
		{"unknown option value", `{"conversation":"` + reply.Conversation + `","option":"sector:<b>ruimtevaart</b>"}`, 400, "unknown option"},
	}
	for _, tt := range tests {
		code, body := post(tt.body)
		if code != tt.code || !strings.Contains(body, tt.want) {
			t.Errorf("%s: %d %s, want %d %q", tt.name, code, body, tt.code, tt.want)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve did not stop cleanly on SIGTERM: %v", err)
	}
}
