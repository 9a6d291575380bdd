package content_test

import (
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/content"
)

const (
	year      = 365 * 24 * time.Hour
	eiaSource = "source: [https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia]"
	rvo       = "https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia"
)

// withSources returns validOffer with these sources (YAML flow items) and this last check.
func withSources(lastChecked string, sources ...string) string {
	return strings.NewReplacer(eiaSource, "source: ["+strings.Join(sources, ", ")+"]",
		"last_checked: 2026-02-01", "last_checked: "+lastChecked).Replace(validOffer)
}

func dated(date string) string { return "{url: " + rvo + ", date: " + date + "}" }

// answerWith is a curated answer with these sources.
func answerWith(sources ...string) string {
	return "id: kvk-of-rvo\nquestion: Wat is het verschil tussen KVK en RVO?\npatterns: [kvk rvo]\ntext: Uitleg.\n" +
		"themes: [starten]\nsource: [" + strings.Join(sources, ", ") + "]\nlast_checked: 2026-11-20\n"
}

func mustLoad(tb testing.TB, files map[string]string) *content.Catalogue {
	tb.Helper()
	cat, _, err := content.Load(catalogue(files), content.Options{Now: now})
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return cat
}

// TestStaleBySources: a fresh last_checked does not hide facts whose newest source is old or undated; now is
// 2026-11-28, so with 24 months a newest source before 2024-11-28 is old.
func TestStaleBySources(t *testing.T) {
	type want struct {
		newest                                 string
		months                                 int // -1: no dated source
		checkOverdue, sourceOld, noDatedSource bool
	}
	tests := []struct {
		name   string
		file   string
		files  map[string]string
		months int
		want   want
	}{
		{"a source two years and a day old is old, though checked this week", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2024-11-27"))}, 24,
			want{"2024-11-27", 24, false, true, false}},
		{"a source exactly two years old is not yet old", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2024-11-28"))}, 24,
			want{"2024-11-28", 24, false, false, false}},
		{"a year alone counts as its last day", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2024"))}, 24,
			want{"2024", 22, false, false, false}},
		{"a month alone counts as its last day", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2024-11"))}, 24,
			want{"2024-11", 23, false, false, false}},
		{"a year long past is old", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2022"))}, 24,
			want{"2022", 46, false, true, false}},
		{"the newest of several dated sources counts, undated ones do not", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2019-05-10"), "https://www.rvo.nl/eia", dated("2025-03"))}, 24,
			want{"2025-03", 19, false, false, false}},
		{"no dated source at all is flagged", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", rvo, "https://www.rvo.nl/eia")}, 24,
			want{"", -1, false, false, true}},
		{"a longer limit lets an older source pass", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", dated("2022"))}, 48,
			want{"2022", 46, false, false, false}},
		{"months 0 leaves sources out", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2026-11-25", rvo)}, 0,
			want{"", -1, false, false, false}},
		{"an old check and an old source both count", "offers/eia.yaml",
			map[string]string{"offers/eia.yaml": withSources("2024-05-01", dated("2021-06"))}, 24,
			want{"2021-06", 64, true, true, false}},
		{"a curated answer with an old source is listed too", "answers/kvk-of-rvo.yaml",
			map[string]string{"offers/eia.yaml": validOffer, "answers/kvk-of-rvo.yaml": answerWith(dated("2020-05-18"), "https://www.kvk.nl/")}, 24,
			want{"2020-05-18", 78, false, true, false}},
		{"a curated answer without a dated source is listed too", "answers/kvk-of-rvo.yaml",
			map[string]string{"offers/eia.yaml": validOffer, "answers/kvk-of-rvo.yaml": answerWith("https://www.kvk.nl/")}, 24,
			want{"", -1, false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := mustLoad(t, tt.files)
			all := cat.Stale(now, content.StaleOptions{CheckedAge: year, SourceMonths: tt.months, All: true})
			var got *content.Due
			for i := range all {
				if all[i].File == tt.file {
					got = &all[i]
				}
			}
			if got == nil {
				t.Fatalf("Stale(All) = %+v, want %s in it", all, tt.file)
			}
			months := -1
			if got.SourceMonths != nil {
				months = *got.SourceMonths
			}
			g := want{got.NewestSource, months, got.CheckOverdue, got.SourceOld, got.NoDatedSource}
			if g != tt.want {
				t.Errorf("got %+v, want %+v", g, tt.want)
			}
			due := cat.Stale(now, content.StaleOptions{CheckedAge: year, SourceMonths: tt.months})
			listed := false
			for _, d := range due {
				listed = listed || d.File == tt.file
			}
			if wantListed := tt.want.checkOverdue || tt.want.sourceOld || tt.want.noDatedSource; listed != wantListed {
				t.Errorf("listed without All: %v, want %v (%+v)", listed, wantListed, due)
			}
		})
	}
}

// TestStaleOrderAndCount: the overdue checks come first (oldest check first, as before sources counted), then old
// sources (oldest first), then the undated; Count sums each reason and the items due.
func TestStaleOrderAndCount(t *testing.T) {
	offer := func(id, lastChecked string, sources ...string) string {
		return strings.Replace(withSources(lastChecked, sources...), "id: eia", "id: "+id, 1)
	}
	cat := mustLoad(t, map[string]string{
		"offers/eia.yaml":         offer("eia", "2026-11-01", dated("2025-06")),                  // fresh: not due
		"offers/kia.yaml":         offer("kia", "2024-05-01", dated("2025-06")),                  // check overdue
		"offers/mia.yaml":         offer("mia", "2025-01-01", dated("2019")),                     // check overdue, source old
		"offers/wbso.yaml":        offer("wbso", "2026-11-01", dated("2023-02-01")),              // source old
		"offers/vamil.yaml":       offer("vamil", "2026-11-01", dated("2021-03"), dated("2020")), // source old, older
		"answers/kvk-of-rvo.yaml": answerWith("https://www.kvk.nl/"),                             // no dated source
	})
	due := cat.Stale(now, content.StaleOptions{CheckedAge: year, SourceMonths: 24})
	var got []string
	for _, d := range due {
		got = append(got, d.ID)
	}
	if want := "kia mia vamil wbso kvk-of-rvo"; strings.Join(got, " ") != want {
		t.Errorf("order = %v, want %s", got, want)
	}
	if got, want := content.Count(due), (content.StaleCount{CheckOverdue: 2, SourceOld: 3, NoDatedSource: 1, Due: 5}); got != want {
		t.Errorf("Count = %+v, want %+v", got, want)
	}
}

// TestStaleByStatus: an ended offer (gesloten) is judged by what it must still say. Its sources age from its end,
// not from today, so the page that announced the end stays good; it is due when nothing dates it, when it ends
// with no closed_since to age from, or when its replacement ended too. An offer not marked ended is due once its
// valid_until has passed. Now is 2026-11-28; the limit is 24 months.
func TestStaleByStatus(t *testing.T) {
	// offer is validOffer as id, with this status block (YAML lines) and these sources.
	offer := func(id, status string, sources ...string) string {
		o := strings.Replace(withSources("2026-11-25", sources...), "id: eia", "id: "+id, 1)
		return strings.Replace(o, "status: open", status, 1)
	}
	const (
		ended2023  = "status: gesloten\nstatus_note: Gestopt per 2024.\nclosed_since: 2023-12-31"
		endedUndat = "status: gesloten\nstatus_note: Gestopt."
		rondes     = "status: rondes\nstatus_note: Kijk op rvo.nl voor een nieuwe ronde."
	)
	type want struct {
		status                                                     string
		sourceOld, noDatedSource, replacementEnded, pastValidUntil bool
	}
	tests := []struct {
		name  string
		files map[string]string
		want  want
	}{
		{"an open offer on a 2023 source is old",
			map[string]string{"offers/stap.yaml": offer("stap", "status: open", dated("2023-09-19"))},
			want{status: "open", sourceOld: true}},
		{"an offer that ended in 2023 on a source from its last months is not old",
			map[string]string{"offers/stap.yaml": offer("stap", ended2023, dated("2023-09-19"))},
			want{status: "gesloten"}},
		{"an ended offer on a source two years before its end is old",
			map[string]string{"offers/stap.yaml": offer("stap", ended2023, dated("2021-06"))},
			want{status: "gesloten", sourceOld: true}},
		{"an ended offer without closed_since ages from today",
			map[string]string{"offers/stap.yaml": offer("stap", endedUndat, dated("2023-09-19"))},
			want{status: "gesloten", sourceOld: true}},
		{"an ended offer without a dated source is still flagged",
			map[string]string{"offers/stap.yaml": offer("stap", ended2023, rvo)},
			want{status: "gesloten", noDatedSource: true}},
		{"an ended offer replaced by one that ended too is due",
			map[string]string{
				"offers/stap.yaml": offer("stap", ended2023+"\nreplaced_by: slim", dated("2023-09-19")),
				"offers/slim.yaml": offer("slim", ended2023, dated("2023-09-19")),
			},
			want{status: "gesloten", replacementEnded: true}},
		{"an ended offer replaced by a running one is fine",
			map[string]string{
				"offers/stap.yaml": offer("stap", ended2023+"\nreplaced_by: slim", dated("2023-09-19")),
				"offers/slim.yaml": offer("slim", rondes, dated("2026-03")),
			},
			want{status: "gesloten"}},
		{"an offer in rounds past its valid_until is due",
			map[string]string{"offers/stap.yaml": offer("stap", rondes+"\nvalid_until: 2025-12-31", dated("2026-03"))},
			want{status: "rondes", pastValidUntil: true}},
		{"an offer in rounds before its valid_until is fine",
			map[string]string{"offers/stap.yaml": offer("stap", rondes+"\nvalid_until: 2027-05-08", dated("2026-03"))},
			want{status: "rondes"}},
		{"an ended offer past its valid_until is not due for it",
			map[string]string{"offers/stap.yaml": offer("stap", ended2023+"\nvalid_until: 2023-12-31", dated("2023-09-19"))},
			want{status: "gesloten"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := mustLoad(t, tt.files)
			all := cat.Stale(now, content.StaleOptions{CheckedAge: year, SourceMonths: 24, All: true})
			var got *content.Due
			for i := range all {
				if all[i].ID == "stap" {
					got = &all[i]
				}
			}
			if got == nil {
				t.Fatalf("Stale(All) = %+v, want stap in it", all)
			}
			g := want{string(got.Status), got.SourceOld, got.NoDatedSource, got.ReplacementEnded, got.PastValidUntil}
			if g != tt.want {
				t.Errorf("got %+v, want %+v", g, tt.want)
			}
			if wantDue := tt.want.sourceOld || tt.want.noDatedSource || tt.want.replacementEnded || tt.want.pastValidUntil; got.IsDue() != wantDue {
				t.Errorf("IsDue = %v, want %v", got.IsDue(), wantDue)
			}
			if n := content.Count([]content.Due{*got}); n.Status != b2i(tt.want.replacementEnded || tt.want.pastValidUntil) {
				t.Errorf("Count.Status = %d", n.Status)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
