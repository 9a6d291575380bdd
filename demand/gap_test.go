package demand_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

// An analyst sees demand without supply by known gap: the export breaks questions down by the gap they named.
func TestExportByGap(t *testing.T) {
	var qs []wegwijzer.DemandEvent
	for i, gap := range []string{"franchise", "franchise", "franchise", ""} {
		qs = append(qs, wegwijzer.DemandEvent{Community: "c", Person: string(rune('a' + i)), Outcome: wegwijzer.OutcomeNoMatch, Gap: gap})
	}
	dims, err := demand.ParseDimensions("gap")
	if err != nil {
		t.Fatal(err)
	}
	tbl := demand.Export(qs, demand.ExportOptions{By: dims, K: 1, Round: 1})
	got := map[string]int{}
	for _, c := range tbl.Cells {
		got[c.Values[0]] = c.Questions
	}
	if got["franchise"] != 3 || got[demand.NoGap] != 1 {
		t.Errorf("cells %v, want 3 under franchise and 1 under %q", got, demand.NoGap)
	}
}

// A community manager sees, per need in the review list, the known gap its questions named.
func TestReviewNamesTheGap(t *testing.T) {
	nm := wegwijzer.OutcomeNoMatch
	gap := func(e *wegwijzer.DemandEvent) { e.Gap = "fooien-personeel" }
	items := demand.Review([]wegwijzer.DemandEvent{
		q("zwolle", "p1", "hoe verdeel ik de fooien", nm, gap),
		q("zwolle", "p2", "hoe verdeel ik de fooien onder het personeel", nm, gap),
	}, "zwolle", nil, demand.ReviewOptions{})
	if len(items) != 1 || len(items[0].Gaps) != 1 || items[0].Gaps[0] != "fooien-personeel" {
		t.Fatalf("items %+v, want one need under the gap fooien-personeel", items)
	}
}
