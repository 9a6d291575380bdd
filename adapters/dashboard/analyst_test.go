package dashboard_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
)

const adminUser, adminPass = "*", "all-token-0123456789abc"

// seedAnalysis adds 12 entrepreneurs asking about finance in Zwolle (a publishable cell) and 2 asking about
// staff (under k), this week.
func seedAnalysis(t *testing.T, f *fixture) {
	t.Helper()
	var evs []wegwijzer.DemandEvent
	for i := range 12 {
		evs = append(evs, wegwijzer.DemandEvent{ID: fmt.Sprintf("fin%d", i), Time: now.Add(-time.Duration(i) * time.Minute), Community: "zwolle",
			Platform: "slack", Outcome: wegwijzer.OutcomeNoMatch, Person: fmt.Sprintf("fin-p%d", i), Conversation: fmt.Sprintf("fin-c%d", i),
			Region: "gemeente-zwolle", Themes: []string{"financiering"}, Text: "krediet voor een bakkerij in zwolle"})
	}
	for i := range 2 {
		evs = append(evs, wegwijzer.DemandEvent{ID: fmt.Sprintf("arb%d", i), Time: now.Add(-time.Duration(i) * time.Minute), Community: "zwolle",
			Platform: "slack", Outcome: wegwijzer.OutcomeNoMatch, Person: fmt.Sprintf("arb-p%d", i), Conversation: fmt.Sprintf("arb-c%d", i),
			Region: "gemeente-zwolle", Themes: []string{"arbeidsmarkt"}, Text: "personeel gezocht voor de zaak"})
	}
	if err := f.log.Append(context.Background(), evs...); err != nil {
		t.Fatal(err)
	}
}

func TestAnalystPagesShowOnlyPublishableFigures(t *testing.T) {
	f := setup(t)
	seedAnalysis(t, f)
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/dashboard/analyst/trends", []string{"<svg", "<table", "Geld en financiering", ">10<", "onderdrukt"}},
		{"/dashboard/analyst/whitespots", []string{"<svg", "Geld en financiering", "100.0%"}},
		{"/dashboard/analyst/reach", []string{"<svg", "doel 2500", "Noord-Overijssel"}},
		{"/dashboard/analyst/emerging", []string{"<table", "bakkerij"}},
		{"/dashboard/analyst/trends?community=zwolle&theme=financiering", []string{"Geld en financiering"}},
	} {
		code, page := f.do(t, "GET", tt.path, adminUser, adminPass, nil)
		if code != 200 {
			t.Errorf("%s: %d\n%s", tt.path, code, page)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s lacks %q", tt.path, w)
			}
		}
		never := []string{"krediet voor een bakkerij in zwolle", "personeel gezocht", "fin-p", ">2<"}
		if strings.Contains(tt.path, "trends") {
			never = append(never, ">12<") // the export's counts are rounded to 5
		}
		for _, never := range never {
			if strings.Contains(page, never) {
				t.Errorf("%s shows %q: a question, a pseudonym or an exact count", tt.path, never)
			}
		}
	}
}

func TestAnalystFiltersRefuseUnknownValues(t *testing.T) {
	f := setup(t)
	for _, q := range []string{"region=atlantis", "theme=%3Cscript%3E", "community=nergens", "from=gisteren", "from=2026-12-01&to=2026-11-01"} {
		code, page := f.do(t, "GET", "/dashboard/analyst/trends?"+q, adminUser, adminPass, nil)
		if code != 400 || strings.Contains(page, "atlantis") || strings.Contains(page, "<script>") {
			t.Errorf("%s: %d, want 400 without echoing the value", q, code)
		}
	}
}

func TestExportCSVHasTheCLIColumns(t *testing.T) {
	f := setup(t)
	seedAnalysis(t, f)
	code, body := f.do(t, "GET", "/dashboard/analyst/export.csv?from=2026-11-01&to=2026-11-30", adminUser, adminPass, nil)
	if code != 200 {
		t.Fatalf("export: %d %s", code, body)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("export is not CSV with rows: %v\n%s", err, body)
	}
	if got, want := strings.Join(rows[0], ","), "week,region,theme,questions_rounded_to_5,entrepreneurs_rounded_to_5,suppressed"; got != want {
		t.Errorf("header %q, want the CLI's %q", got, want)
	}
	for _, r := range rows[1:] {
		if r[5] != "" && (r[3] != "" || r[4] != "") {
			t.Errorf("a suppressed row carries counts: %v", r)
		}
	}
	if code, _ := f.do(t, "GET", "/dashboard/analyst/export.csv?by=week,person", adminUser, adminPass, nil); code != 400 {
		t.Errorf("export by an unknown dimension: %d, want 400", code)
	}
}

func TestManagerBasicLoginCannotOpenAnalystPages(t *testing.T) {
	f := setupWith(t, func(o *dashboard.Options) {})
	if code, _ := f.do(t, "GET", "/dashboard/analyst/export.csv", "zwolle", "zwolle-token-0123456789", nil); code != 403 {
		t.Errorf("a manager's export: %d, want 403", code)
	}
}
