package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// A search answers the same question the same way every time: the same offers in the same order with the same
// scores. Go's map order is random on every range, so any sum or cut that follows it would show here.
func TestSearchIsDeterministic(t *testing.T) {
	ix := mustIndex(t)
	ctx := context.Background()
	var qs []string
	for _, p := range probes {
		qs = append(qs, p.q)
	}
	for _, o := range mustCatalogue(t).Offers {
		qs = append(qs, o.Questions...)
	}
	const rounds = 3
	for _, q := range qs {
		var first string
		for r := range rounds {
			res, err := ix.Search(ctx, wegwijzer.Query{Text: q})
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			got := fmt.Sprint(res.NoMatch)
			for _, h := range res.Results {
				got += fmt.Sprintf(" %s:%.12g", h.ID, h.Score)
			}
			got += fmt.Sprint(" ", res.Answers, res.Unsure)
			if s := res.Signals; s != nil {
				got += fmt.Sprintf(" %+v", *s)
			}
			if r == 0 {
				first = got
			} else if got != first {
				t.Errorf("%q: round %d differs from round 0:\n  %s\n  %s", q, r, first, got)
				break
			}
		}
	}
}
