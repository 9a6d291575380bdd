package bot

import (
	"context"
	"reflect"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// countingSearcher counts its searches; its generation is set by the test.
type countingSearcher struct {
	n, gen int
}

func (s *countingSearcher) Search(_ context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	s.n++
	return &wegwijzer.SearchResult{Query: q.Text}, nil
}

func (s *countingSearcher) Generation() int { return s.gen }

func TestSearchCache(t *testing.T) {
	ctx := context.Background()
	q := wegwijzer.Query{Text: "elektrische bestelbus", Themes: []string{"verduurzaming"}, Top: 10}
	tests := []struct {
		name  string
		steps func(c *searchCache, s *countingSearcher)
		want  int // searches made
	}{
		{"the same query twice is searched once", func(c *searchCache, s *countingSearcher) {
			c.search(ctx, s, q)
			c.search(ctx, s, q)
		}, 1},
		{"another region is another search", func(c *searchCache, s *countingSearcher) {
			c.search(ctx, s, q)
			r := q
			r.Region = "overijssel"
			c.search(ctx, s, r)
			c.search(ctx, s, r)
		}, 2},
		{"other themes are another search", func(c *searchCache, s *countingSearcher) {
			c.search(ctx, s, q)
			r := q
			r.Themes = []string{"verduurzaming", "financiering"}
			c.search(ctx, s, r)
		}, 2},
		{"a new generation searches again", func(c *searchCache, s *countingSearcher) {
			c.search(ctx, s, q)
			s.gen++
			c.search(ctx, s, q)
			c.search(ctx, s, q)
		}, 2},
		{"a full cache starts over", func(c *searchCache, s *countingSearcher) {
			for _, text := range []string{"a", "b", "c", "a"} {
				r := q
				r.Text = text
				c.search(ctx, s, r)
			}
		}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, s := newSearchCache(2), &countingSearcher{}
			tt.steps(c, s)
			if s.n != tt.want {
				t.Errorf("searches = %d, want %d", s.n, tt.want)
			}
		})
	}
}

func TestSearchCacheKeepsNothingOfASearcherWithoutGenerations(t *testing.T) {
	c := newSearchCache(8)
	s := &struct{ wegwijzer.Searcher }{&countingSearcher{}}
	inner := s.Searcher.(*countingSearcher)
	q := wegwijzer.Query{Text: "x"}
	c.search(context.Background(), s, q)
	c.search(context.Background(), s, q)
	if inner.n != 2 {
		t.Errorf("searches = %d, want 2", inner.n)
	}
}

// TestSearchCacheKeyHasEveryQueryField changes each field of a query in turn: every change must be a search of its
// own, or two askers whose queries differ only in that field would share results (the legal form once did).
func TestSearchCacheKeyHasEveryQueryField(t *testing.T) {
	ctx := context.Background()
	base := wegwijzer.Query{Text: "subsidie", Themes: []string{"verduurzaming"}, Top: 5}
	typ := reflect.TypeOf(base)
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			changed := base
			v := reflect.ValueOf(&changed).Elem().Field(i)
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Int:
				v.SetInt(v.Int() + 1)
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Slice:
				v.Set(reflect.Append(v, reflect.ValueOf("x")))
			default:
				t.Fatalf("field %s of kind %s: teach this test to change it", f.Name, v.Kind())
			}
			c, s := newSearchCache(10), &countingSearcher{}
			c.search(ctx, s, base)
			c.search(ctx, s, changed)
			if s.n != 2 {
				t.Errorf("a query that differs only in %s got the cached result of the other (%d searches, want 2)", f.Name, s.n)
			}
		})
	}
}
