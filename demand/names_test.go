package demand_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// TestScrubberNames runs the name test set: names after cues and by their shape go, places, companies, offers
// and providers stay.
func TestScrubberNames(t *testing.T) {
	cat, _ := testsys.Search(t)
	sc := demand.Scrubber(cat)
	f, err := os.Open("testdata/names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases, kept int
	sc2 := bufio.NewScanner(f)
	for line := 1; sc2.Scan(); line++ {
		text := sc2.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		in, want, found := strings.Cut(text, "\t")
		if !found {
			want = in
			kept++
		}
		cases++
		if got := sc.Text(in); got != want {
			t.Errorf("line %d: %q\n got  %q\n want %q", line, in, got, want)
		}
	}
	if err := sc2.Err(); err != nil {
		t.Fatal(err)
	}
	if cases < 100 || kept < 40 {
		t.Errorf("the test set has %d sentences, %d of them false-positive checks; want at least 100 and 40", cases, kept)
	}
}

// TestScrubberKeepsCatalogueNames checks every offer title, provider and municipality of the built-in catalogue
// in a sentence: none may be taken for a person's name.
func TestScrubberKeepsCatalogueNames(t *testing.T) {
	cat, _ := testsys.Search(t)
	sc := demand.Scrubber(cat)
	var names []string
	for _, o := range cat.Offers {
		names = append(names, o.Title, o.Provider)
	}
	for _, p := range cat.Geography.Places("gemeente") {
		names = append(names, p.Name)
	}
	for _, c := range cat.Communities {
		names = append(names, c.Name)
	}
	bad := 0
	for _, n := range names {
		in := "Ik heb een vraag over " + n + " voor mijn bedrijf"
		if got := sc.Text(in); got != in {
			bad++
			if bad <= 20 {
				t.Errorf("%q became %q", in, got)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d catalogue names were scrubbed", bad, len(names))
	}
}
