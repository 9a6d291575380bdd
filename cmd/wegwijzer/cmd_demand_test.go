package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

// demandEnv runs commands in-process against one data folder, with the given extra environment.
type demandEnv struct {
	t    *testing.T
	data string
	vars map[string]string
}

func newDemandEnv(t *testing.T, vars ...string) *demandEnv {
	t.Helper()
	d := &demandEnv{t: t, data: t.TempDir(), vars: map[string]string{}}
	for i := 0; i+1 < len(vars); i += 2 {
		d.vars[vars[i]] = vars[i+1]
	}
	return d
}

// run runs a wegwijzer command and returns its stdout, stderr and exit status.
func (d *demandEnv) run(args ...string) (string, string, int) {
	d.t.Helper()
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "WEGWIJZER_DATA" {
			return d.data
		}
		return d.vars[k]
	}}
	code := run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

// mustRun runs a command that must succeed and returns its stdout.
func (d *demandEnv) mustRun(args ...string) string {
	d.t.Helper()
	out, errOut, code := d.run(args...)
	if code != 0 {
		d.t.Fatalf("wegwijzer %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// ask asks one question as a user of a community and returns the reply.
func (d *demandEnv) ask(user, community, text string) askReply {
	d.t.Helper()
	var r askReply
	out := d.mustRun("ask", "--json", "--user", user, "--community", community, text)
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		d.t.Fatalf("ask: %v\n%s", err, out)
	}
	return r
}

// dialogue asks a question and presses the given buttons after it, in one conversation; the last reply is
// returned.
func (d *demandEnv) dialogue(user, community, text string, options ...string) askReply {
	d.t.Helper()
	r := d.ask(user, community, text)
	for _, o := range options {
		out := d.mustRun("ask", "--json", "--user", user, "--community", community, "--conversation", r.Conversation, "--option", o)
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			d.t.Fatalf("ask: %v\n%s", err, out)
		}
	}
	return r
}

type askReply struct {
	Conversation string `json:"conversation"`
	Kind         string `json:"kind"`
	Offers       []struct {
		ID string `json:"id"`
	} `json:"offers"`
}

// shows reports whether the reply shows the offer (replies group offers by kind, money first, so a linked
// advice offer need not come first).
func (r askReply) shows(id string) bool {
	for _, o := range r.Offers {
		if o.ID == id {
			return true
		}
	}
	return false
}

func TestDemandReviewLinkAndAsk(t *testing.T) {
	d := newDemandEnv(t)
	// Six entrepreneurs ask for rent discount in Zwolle; what the bot shows does not help them. The manager links the
	// question to an offer no search finds for it (linked, below), so that the link is what brings it.
	const linked = "merk-registreren"
	failed, rephrased := "kan ik korting krijgen op de huur", "korting op huur bedrijfspand"
	for _, text := range []string{failed, rephrased} {
		if r := d.ask("U-before", "utrecht", text); r.shows(linked) {
			t.Fatalf("%q shows %s before the link already", text, linked)
		}
	}
	for i := range 6 {
		if r := d.dialogue(fmt.Sprint("U-huur-", i), "zwolle", failed, "feedback:no"); r.Kind != "info" {
			t.Fatalf("feedback got %+v", r)
		}
	}
	var review struct {
		Community string              `json:"community"`
		Questions int                 `json:"questions"`
		Items     []demand.ReviewItem `json:"items"`
	}
	out := d.mustRun("demand", "review", "--community", "zwolle", "--json")
	if err := json.Unmarshal([]byte(out), &review); err != nil {
		t.Fatal(err)
	}
	if len(review.Items) != 1 || review.Items[0].Questions != 6 || review.Items[0].People != 6 {
		t.Fatalf("review = %s, want one item of 6 questions by 6 people", out)
	}
	if text := d.mustRun("demand", "review", "--community", "zwolle"); !strings.Contains(text, review.Items[0].ID) || !strings.Contains(text, failed) {
		t.Errorf("text review does not show the item:\n%s", text)
	}
	// Another community's review does not show it.
	if out := d.mustRun("demand", "review", "--community", "west-brabant", "--json"); strings.Contains(out, failed) {
		t.Errorf("west-brabant's review shows zwolle's question:\n%s", out)
	}

	d.mustRun("demand", "link", review.Items[0].ID, linked)
	// The next start of the bot knows the link: the question and a rephrasing of it find the offer.
	for _, text := range []string{failed, rephrased} {
		if r := d.ask("U-later", "zwolle", text); r.Kind != "answer" || !r.shows(linked) {
			t.Errorf("after the link %q got %s %v, want an answer with %s", text, r.Kind, r.Offers, linked)
		}
	}
	// The item is marked linked; questions answered with the linked offer since do not count against it.
	out = d.mustRun("demand", "review", "--community", "zwolle", "--json")
	if err := json.Unmarshal([]byte(out), &review); err != nil {
		t.Fatal(err)
	}
	if len(review.Items) != 1 || review.Items[0].Linked != linked || review.Items[0].Questions != 6 {
		t.Errorf("review after the link = %s", out)
	}

	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown offer", []string{"demand", "link", review.Items[0].ID, "no-such-offer"}, 2, "unknown offer"},
		{"unknown item", []string{"demand", "link", "qdeadbeef", "eia"}, 1, "no review item"},
		{"review needs a community", []string{"demand", "review"}, 2, "--community is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := d.run(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}

func TestDemandExportIsKAnonymous(t *testing.T) {
	d := newDemandEnv(t, "WEGWIJZER_PSEUDONYM_KEY", "a test key of at least sixteen bytes")
	// Zwolle: 11 people ask about electric vans; Breda: 3 people ask the same. With k=10 only Zwolle's cell shows,
	// its counts rounded to 5.
	for i := range 11 {
		d.ask(fmt.Sprint("U-z", i), "zwolle", "subsidie elektrische bestelbus")
	}
	for i := range 3 {
		d.ask(fmt.Sprint("U-b", i), "west-brabant", "subsidie elektrische bestelbus")
	}
	d.ask("U-z0", "zwolle", "subsidie elektrische bestelbus in Zwolle") // one person twice

	out, errOut, code := d.run("demand", "export", "--by", "region,theme", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"region", "theme", "questions_rounded_to_5", "entrepreneurs_rounded_to_5", "suppressed"}, {"regio-zwolle", "verduurzaming", "10", "10", ""}}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("export =\n%v\nwant\n%v", rows, want)
	}
	if !strings.Contains(errOut, "1 communities onder k weggelaten") {
		t.Errorf("stderr does not report the suppressed community: %q", errOut)
	}
	for _, leak := range []string{"U-z", "bestelbus", "West-Brabant", "west-brabant"} {
		if strings.Contains(out, leak) {
			t.Errorf("export holds %q:\n%s", leak, out)
		}
	}
	// With k=3 Brabant shows too; k from the environment.
	d.vars["WEGWIJZER_MIN_GROUP"] = "3"
	out = d.mustRun("demand", "export", "--by", "community", "--format", "json")
	var tbl struct {
		K     int              `json:"k"`
		Cells []map[string]any `json:"cells"`
	}
	if err := json.Unmarshal([]byte(out), &tbl); err != nil {
		t.Fatal(err)
	}
	if tbl.K != 3 || len(tbl.Cells) != 2 {
		t.Errorf("export with k=3 = %s", out)
	}

	usage := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown format", []string{"demand", "export", "--format", "xml"}, "--format"},
		{"k below 2", []string{"demand", "export", "--k", "1"}, "--k must be at least 2"},
		{"unknown dimension", []string{"demand", "export", "--by", "week,person"}, "unknown dimension"},
		{"bad date", []string{"demand", "export", "--from", "31-12-2025"}, "--from"},
		{"unknown subcommand", []string{"demand", "exprot"}, "unknown demand subcommand"},
	}
	for _, tt := range usage {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := d.run(tt.args...)
			if code != 2 || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errOut, tt.msg)
			}
		})
	}
}

func TestDemandHandoffs(t *testing.T) {
	d := newDemandEnv(t)
	d.ask("U1", "zwolle", "ik wil een mens spreken")
	d.ask("U2", "zwolle", "mens")
	d.ask("U3", "west-brabant", "mens")
	var list struct {
		Handoffs []demand.Handoff `json:"handoffs"`
	}
	if err := json.Unmarshal([]byte(d.mustRun("demand", "handoffs", "--community", "zwolle", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Handoffs) != 2 {
		t.Fatalf("hand-offs = %+v, want 2 in zwolle", list.Handoffs)
	}
	id := list.Handoffs[0].ID
	d.mustRun("demand", "handoff", "take", id)
	out := d.mustRun("demand", "handoffs", "--community", "zwolle")
	if !strings.Contains(out, "1 open, 1 opgepakt, 0 afgerond") {
		t.Errorf("after take:\n%s", out)
	}
	d.mustRun("demand", "handoff", "done", id)
	out = d.mustRun("demand", "handoffs", "--community", "zwolle", "--state", "done")
	if !strings.Contains(out, "1 open, 0 opgepakt, 1 afgerond") || !strings.Contains(out, id) {
		t.Errorf("after done:\n%s", out)
	}
	if _, errOut, code := d.run("demand", "handoff", "take", "ffffffffff"); code != 1 || !strings.Contains(errOut, "no hand-off") {
		t.Errorf("unknown id: exit %d, %q", code, errOut)
	}
	if _, _, code := d.run("demand", "handoff", "close", id); code != 2 {
		t.Errorf("unknown action: exit %d, want 2", code)
	}
}

func TestDemandForgetMeErasesEvents(t *testing.T) {
	d := newDemandEnv(t)
	for i := range 10 {
		d.ask(fmt.Sprint("U", i), "zwolle", "subsidie elektrische bestelbus")
	}
	count := func() string {
		out := d.mustRun("demand", "export", "--by", "community", "--format", "csv")
		return strings.TrimSpace(out)
	}
	if got := count(); got != "community,questions_rounded_to_5,entrepreneurs_rounded_to_5,suppressed\nzwolle,10,10," {
		t.Fatalf("before: %q", got)
	}
	r := d.ask("U0", "zwolle", "vergeet mij")
	if r.Kind != "info" {
		t.Fatalf("vergeet mij = %+v", r)
	}
	// Nine people are left: under k, so the community disappears from the export altogether.
	if got := count(); got != "community,questions_rounded_to_5,entrepreneurs_rounded_to_5,suppressed" {
		t.Errorf("after erasure: %q", got)
	}
}

func TestDemandPseudonymKeyFile(t *testing.T) {
	tests := []struct {
		name    string
		vars    []string
		keyFile bool
		warn    bool
	}{
		{"without a key one is generated and kept", nil, true, true},
		{"with WEGWIJZER_PSEUDONYM_KEY no file is made", []string{"WEGWIJZER_PSEUDONYM_KEY", "sixteen bytes or more, secret"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDemandEnv(t, tt.vars...)
			_, errOut, code := d.run("ask", "--user", "U1", "hallo")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			st, err := os.Stat(filepath.Join(d.data, demand.KeyFile))
			if tt.keyFile != (err == nil) {
				t.Fatalf("key file exists = %v, want %v", err == nil, tt.keyFile)
			}
			if tt.keyFile && st.Mode().Perm() != 0o600 {
				t.Errorf("key file mode %o, want 600", st.Mode().Perm())
			}
			if warned := strings.Contains(errOut, "WEGWIJZER_PSEUDONYM_KEY is not set"); warned != tt.warn {
				t.Errorf("warning shown = %v, want %v: %q", warned, tt.warn, errOut)
			}
		})
	}
	d := newDemandEnv(t, "WEGWIJZER_PSEUDONYM_KEY", "short")
	if _, errOut, code := d.run("ask", "hallo"); code == 0 || !strings.Contains(errOut, "WEGWIJZER_PSEUDONYM_KEY") {
		t.Errorf("a short key was accepted: exit %d, %q", code, errOut)
	}
	d = newDemandEnv(t, "WEGWIJZER_RETENTION_DAYS", "zero")
	if _, errOut, code := d.run("ask", "hallo"); code == 0 || !strings.Contains(errOut, "WEGWIJZER_RETENTION_DAYS") {
		t.Errorf("a bad retention was accepted: exit %d, %q", code, errOut)
	}
}

func TestDemandWithRedis(t *testing.T) {
	srv := redistest.Start(t)
	d := newDemandEnv(t, "WEGWIJZER_REDIS_URL", srv.URL(), "WEGWIJZER_PSEUDONYM_KEY", "a shared key for every replica", "WEGWIJZER_MIN_GROUP", "5")
	for i := range 5 {
		d.dialogue(fmt.Sprint("U", i), "zwolle", "frituurvet afvoeren", "cmd:handoff") // no answer: a person, please
	}
	if _, err := os.Stat(filepath.Join(d.data, "demand.db")); err == nil {
		t.Error("with WEGWIJZER_REDIS_URL the embedded demand.db was made too")
	}
	out := d.mustRun("demand", "review", "--community", "zwolle", "--json")
	if !strings.Contains(out, `"questions": 5`) || !strings.Contains(out, "frituurvet") {
		t.Errorf("review from Redis:\n%s", out)
	}
	out = d.mustRun("demand", "whitespots", "--json")
	if !strings.Contains(out, `"region": "regio-zwolle"`) {
		t.Errorf("white spots from Redis:\n%s", out)
	}
}

func TestDemandReports(t *testing.T) {
	d := newDemandEnv(t, "WEGWIJZER_MIN_GROUP", "5")
	for i := range 6 {
		d.dialogue(fmt.Sprint("U", i), "zwolle", "frituurvet afvoeren", "cmd:handoff")
		d.ask(fmt.Sprint("U", i), "stedendriehoek", "subsidie elektrische bestelbus")
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"white spots", []string{"demand", "whitespots"}, []string{"Witte vlekken", "Regio Zwolle", "Stedendriehoek"}},
		{"reach", []string{"demand", "reach"}, []string{"doel 2500", "Regio Zwolle", "0.2%"}},
		{"emerging", []string{"demand", "emerging"}, []string{"frituurvet", "<5"}},
		{"retention", []string{"demand", "retention"}, []string{"Retentie: tekst van 0 vragen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := d.mustRun(tt.args...)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// Rotating the key: the old key moves to WEGWIJZER_PSEUDONYM_KEY_PREVIOUS, and "vergeet mij" still finds the
// events made under it.
func TestDemandKeyRotationKeepsErasureWorking(t *testing.T) {
	d := newDemandEnv(t) // a generated key in the data folder
	d.ask("U1", "zwolle", "subsidie elektrische bestelbus")
	d.ask("U1", "zwolle", "personeel vinden")
	d.ask("U2", "zwolle", "personeel vinden")
	old, err := os.ReadFile(filepath.Join(d.data, demand.KeyFile))
	if err != nil {
		t.Fatal(err)
	}
	d.vars["WEGWIJZER_PSEUDONYM_KEY"] = "the new key, from the secret store"
	d.vars["WEGWIJZER_PSEUDONYM_KEY_PREVIOUS"] = strings.TrimSpace(string(old))
	d.ask("U1", "zwolle", "zonnepanelen op mijn dak")
	if events := countEvents(t, d.data); events != 4 {
		t.Fatalf("events before erasure = %d, want 4", events)
	}
	d.ask("U1", "zwolle", "vergeet mij")
	if events := countEvents(t, d.data); events != 1 {
		t.Errorf("events after erasure = %d, want U2's 1: the old key's events must go too", events)
	}
}

func countEvents(t *testing.T, dataDir string) int {
	t.Helper()
	l, err := boltlog.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	n := 0
	if err := l.Scan(context.Background(), time.Time{}, time.Time{}, func(wegwijzer.DemandEvent) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}
