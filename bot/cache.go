package bot

import (
	"context"
	"strings"
	"sync"

	"github.com/wegwijzer/wegwijzer"
)

// generational is a searcher that says when its results may have changed (index.Index: when a reviewed link is
// added). Only such a searcher's results are kept.
type generational interface{ Generation() int }

// searchCache keeps the results of searches that turns repeat with the same query: the search for what to use
// instead of a closed scheme is made of the catalogue's words for that scheme and the asker's region, sector and
// size, so a few of them serve every question about it. A person's own words are never a key. Results are shared:
// callers must not change them. Safe for concurrent use; it holds at most max results and forgets them all when
// the searcher's generation changes.
type searchCache struct {
	mu  sync.Mutex
	gen int
	max int
	m   map[queryKey]*wegwijzer.SearchResult
}

// queryKey holds every field of wegwijzer.Query (TestSearchCacheKeyHasEveryQueryField checks it): a field left out
// would give one asker's results to another whose query differs only there.
type queryKey struct {
	text, region, sector, size, legalForm, themes string
	top                                           int
	abroad                                        bool
}

func newSearchCache(max int) *searchCache {
	return &searchCache{max: max, m: map[queryKey]*wegwijzer.SearchResult{}}
}

// search returns the result of q, searched or kept.
func (c *searchCache) search(ctx context.Context, s wegwijzer.Searcher, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	g, ok := s.(generational)
	if !ok {
		return s.Search(ctx, q)
	}
	key := queryKey{q.Text, q.Region, q.Sector, q.Size, q.LegalForm, strings.Join(q.Themes, "\x00"), q.Top, q.Abroad}
	gen := g.Generation()
	c.mu.Lock()
	if c.gen != gen {
		clear(c.m)
		c.gen = gen
	}
	res, hit := c.m[key]
	c.mu.Unlock()
	if hit {
		return res, nil
	}
	res, err := s.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		if len(c.m) >= c.max {
			clear(c.m)
		}
		c.m[key] = res
	}
	return res, nil
}
