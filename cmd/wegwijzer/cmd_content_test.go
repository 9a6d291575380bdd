package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// staleContent writes a small catalogue: eia checked this week on a 2025 source, kia checked this week on a 2019
// source only, mia last checked in 2024, stap ended in 2023 on a 2023 source, and an answer whose sources have no
// date.
func staleContent(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	offer := func(id, lastChecked, sources string) string {
		return "id: " + id + "\ntitle: Regeling " + id + "\nprovider: RVO\nkind: fiscale-regeling\nthemes: [starten]\n" +
			"phases: [weten]\nregions: [nl]\nsummary: Uitleg.\nnext_step: {who: RVO, how: Bel RVO.}\n" +
			"url: https://www.rvo.nl/" + id + "\nsource: [" + sources + "]\nlast_checked: " + lastChecked + "\nstatus: doorlopend\n"
	}
	files := map[string]string{
		"themes.yaml":     "- {id: starten, label: Starten, label_en: Starting, words: [starten], topics: []}\n",
		"regions.yaml":    "provinces: []\nregions: []\nmunicipalities: []\n",
		"sectors.yaml":    "[]\n",
		"offers/eia.yaml": offer("eia", "2026-11-25", "{url: https://www.rvo.nl/eia, date: 2025-06}"),
		"offers/kia.yaml": offer("kia", "2026-11-25", "{url: https://www.rvo.nl/kia, date: 2019-03-05}, https://www.rvo.nl/kia-oud"),
		"offers/mia.yaml": offer("mia", "2024-05-01", "{url: https://www.rvo.nl/mia, date: 2025}"),
		// ended at the end of 2023, on a source from its last months: not old, since an ended offer's sources
		// age from its end; it says it ended and what replaced it
		"offers/stap.yaml": strings.Replace(offer("stap", "2026-11-25", "{url: https://www.rvo.nl/stap, date: 2023-09-19}"),
			"status: doorlopend", "status: gesloten\nstatus_note: Gestopt.\nclosed_since: 2023-12-31\nreplaced_by: eia", 1),
		"answers/kvk-of-rvo.yaml": "id: kvk-of-rvo\nquestion: Wat is het verschil tussen KVK en RVO?\npatterns: [kvk rvo]\n" +
			"text: Uitleg.\nthemes: [starten]\nsource: [https://www.kvk.nl/]\nlast_checked: 2026-11-20\n",
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// TestContentStaleReportsOldSources: content stale counts, besides an overdue last check, a newest source older
// than --source-months (relative to the clock) and the lack of any dated source, in its text and its JSON.
func TestContentStaleReportsOldSources(t *testing.T) {
	dir := staleContent(t)
	clock := func() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"summary counts each reason", []string{dir},
			[]string{": 1 of 5 offers and answers last checked more than 365 days ago; 1 with the newest dated source more than 24 months old (before 2024-11-28; an ended offer's counted from its end), 1 without a dated source; 0 whose status no longer fits; 3 due in all\n"}},
		{"each group under its heading, with the newest source", []string{dir},
			[]string{"last checked more than 365 days ago", "  2024-05-01    941 days  2025        doorlopend   offers/mia.yaml  Regeling mia\n",
				"newest dated source more than 24 months old", "  2019-03-05   92 mo  2026-11-25  doorlopend   offers/kia.yaml  Regeling kia\n",
				"no source has a date", "  2026-11-20  answer       answers/kvk-of-rvo.yaml  Wat is het verschil tussen KVK en RVO?\n"}},
		{"a longer limit passes the 2019 source", []string{"--source-months", "96", dir},
			[]string{"0 with the newest dated source more than 96 months old (before 2018-11-28; an ended offer's counted from its end), 1 without a dated source; 0 whose status no longer fits; 2 due in all\n"}},
		{"months 0 leaves sources out, as before", []string{"--source-months", "0", dir},
			[]string{": 1 of 5 offers and answers last checked more than 365 days ago; 0 whose status no longer fits; 1 due in all\n"}},
		{"all lists what is not due too", []string{"--all", dir},
			[]string{"not due (newest source, months, last check, status):", "  2025-06      16 mo  2026-11-25  doorlopend   offers/eia.yaml  Regeling eia\n"}},
		{"an ended offer shows its status, its end and its replacement, and is not due on its 2023 source", []string{"--all", dir},
			[]string{"not due (newest source, months, last check, status):\n  2023-09-19   38 mo  2026-11-25  gesloten     offers/stap.yaml  Regeling stap [ended 2023-12-31; replaced by eia]\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: clock}
			if code := run(context.Background(), e, append([]string{"content", "stale"}, tt.args...)); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, out.String(), errb.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}

	t.Run("json keeps its fields and adds the sources'", func(t *testing.T) {
		var out bytes.Buffer
		e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: func(string) string { return "" }, now: clock}
		if code := run(context.Background(), e, []string{"content", "stale", "--json", dir}); code != 0 {
			t.Fatalf("exit %d\n%s", code, out.String())
		}
		var got []map[string]any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("%v\n%s", err, out.String())
		}
		var ids []string
		for _, d := range got {
			ids = append(ids, d["id"].(string))
		}
		if strings.Join(ids, " ") != "mia kia kvk-of-rvo" {
			t.Fatalf("ids = %v, want mia kia kvk-of-rvo (stap ended on a source from its last months)", ids)
		}
		kia := got[1]
		for key, want := range map[string]any{"file": "offers/kia.yaml", "title": "Regeling kia", "last_checked": "2026-11-25",
			"days": 3.0, "check_overdue": false, "newest_source": "2019-03-05", "source_months": 92.0, "source_old": true,
			"no_dated_source": false, "status": "doorlopend"} {
			if kia[key] != want {
				t.Errorf("kia[%q] = %v, want %v", key, kia[key], want)
			}
		}
		if _, ok := got[2]["source_months"]; ok || got[2]["no_dated_source"] != true {
			t.Errorf("kvk-of-rvo = %v, want no source_months and no_dated_source true", got[2])
		}
	})
}
