package eval_test

import (
	"context"

	"github.com/wegwijzer/wegwijzer"
)

// fakeSearcher answers each question with fixed ids; a question it does not know is no_match. The id "?" makes
// the answer Unsure.
type fakeSearcher map[string][]string

func (f fakeSearcher) Search(_ context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	ids, ok := f[q.Text]
	res := &wegwijzer.SearchResult{Query: q.Text, NoMatch: !ok || len(ids) == 0}
	for _, id := range ids {
		if id == "?" {
			res.Unsure = true
			continue
		}
		res.Results = append(res.Results, wegwijzer.Result{ID: id})
	}
	return res, nil
}
