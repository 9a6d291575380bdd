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

// A gap asked about by fewer than K entrepreneurs is suppressed like any cell: naming a rare topic must not point to
// the few people who asked about it.
func TestExportByGapKeepsMinimumGroup(t *testing.T) {
	var qs []wegwijzer.DemandEvent
	add := func(gap string, people ...string) {
		for _, p := range people {
			qs = append(qs, wegwijzer.DemandEvent{Community: "c", Person: p, Outcome: wegwijzer.OutcomeNoMatch, Gap: gap})
		}
	}
	add("franchise", "a", "b", "c", "d")
	add("fooien-personeel", "e", "e", "f") // two people, three questions
	add("", "g", "h", "i", "j")
	tbl := demand.Export(qs, demand.ExportOptions{By: []demand.Dimension{demand.DimGap}, K: 3, Round: 1})
	for _, c := range tbl.Cells {
		if c.Values[0] == "fooien-personeel" && (c.Suppressed != demand.Primary || c.Questions != 0 || c.Entrepreneurs != 0) {
			t.Errorf("cell %+v: a gap of two entrepreneurs is published, want it suppressed with k=3", c)
		}
	}
	if tbl.SuppressedCells < 2 {
		t.Errorf("%d cells suppressed, want the small gap and a second cell (else the total gives it away)", tbl.SuppressedCells)
	}
}
