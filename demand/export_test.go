package demand_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// randomQuestions makes n questions over a few communities, regions, themes and people, with skew: some people
// ask a lot, some cells are tiny.
func randomQuestions(r *rand.Rand, n, people, communities int) []wegwijzer.DemandEvent {
	regions := []string{"regio-zwolle", "gemeente-deventer", "gemeente-breda", "provincie-limburg", "", "gemeente-dordrecht"}
	themes := []string{"verduurzaming", "digitalisering", "arbeidsmarkt", "financiering", "circulair"}
	sectors := []string{"bouw", "horeca", "transport", ""}
	outcomes := []wegwijzer.Outcome{wegwijzer.OutcomeAnswered, wegwijzer.OutcomeAnswered, wegwijzer.OutcomeNoMatch,
		wegwijzer.OutcomeHandoff, wegwijzer.OutcomeAbandoned, wegwijzer.OutcomeClarify}
	words := []string{"subsidie", "bestelbus", "zonnepanelen", "personeel", "webshop", "stikstof", "netcongestie",
		"cyberverzekering", "huur", "frituurvet", "export", "opvolger"}
	out := make([]wegwijzer.DemandEvent, n)
	for i := range out {
		p := int(float64(people) * r.Float64() * r.Float64()) // skewed: low numbers ask more
		q := wegwijzer.DemandEvent{
			ID:           fmt.Sprintf("ev%05d", i),
			Time:         t0.Add(time.Duration(r.IntN(8*7*24)) * time.Hour),
			Community:    fmt.Sprintf("community-%d", r.IntN(communities)),
			Platform:     []string{"slack", "discord", "web"}[r.IntN(3)],
			Region:       regions[r.IntN(len(regions))],
			Themes:       []string{themes[r.IntN(len(themes))]},
			Sector:       sectors[r.IntN(len(sectors))],
			Phase:        wegwijzer.Phases()[r.IntN(4)],
			Language:     "nl",
			Outcome:      outcomes[r.IntN(len(outcomes))],
			Person:       fmt.Sprintf("person-%03d", p),
			Conversation: fmt.Sprintf("conversation-%05d", i),
			Text:         words[r.IntN(len(words))] + " " + words[r.IntN(len(words))] + fmt.Sprintf(" secret-%05d", i),
		}
		if q.Outcome == wegwijzer.OutcomeAnswered {
			q.Offers, q.BestScore = []string{"eia"}, r.Float64()
		}
		out[i] = q
	}
	return out
}

// The property: whatever the input, no exported cell covers fewer than k entrepreneurs, the counts are
// true, no community smaller than k shows, and no text or pseudonym leaves.
func TestExportNeverPublishesACellBelowK(t *testing.T) {
	cat := mustCatalogue(t)
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 99))
		qs := randomQuestions(r, r.IntN(300), 1+r.IntN(40), 1+r.IntN(6))
		k := 1 + r.IntN(10)
		all := demand.Dimensions()
		r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		by := all[:1+r.IntN(4)]
		region := demand.ReportingRegion(cat.Geography)
		tbl := demand.Export(qs, demand.ExportOptions{By: by, K: k, Region: region})

		// Recount from the input: people per cell and per community.
		communityPeople := map[string]map[string]bool{}
		for _, q := range qs {
			if communityPeople[q.Community] == nil {
				communityPeople[q.Community] = map[string]bool{}
			}
			communityPeople[q.Community][q.Person] = true
		}
		cellPeople, cellQuestions := map[string]map[string]bool{}, map[string]int{}
		for _, q := range qs {
			if len(communityPeople[q.Community]) < k {
				continue
			}
			key := cellKey(q, by, region)
			if cellPeople[key] == nil {
				cellPeople[key] = map[string]bool{}
			}
			cellPeople[key][q.Person] = true
			cellQuestions[key]++
		}
		suppressed := 0
		for _, c := range tbl.Cells {
			key := strings.Join(c.Values, "|")
			people := len(cellPeople[key])
			if people < k && c.Suppressed != demand.Primary {
				t.Fatalf("seed %d: cell %v has %d entrepreneurs, k=%d, and is not suppressed", seed, c.Values, people, k)
			}
			if c.Suppressed != "" {
				suppressed++
				if c.Questions != 0 || c.Entrepreneurs != 0 {
					t.Fatalf("seed %d: suppressed cell %v shows counts", seed, c.Values)
				}
				continue
			}
			if got, want := c.Entrepreneurs, roundTo5(people); got != want {
				t.Fatalf("seed %d: cell %v entrepreneurs = %d, recount %d rounded %d", seed, c.Values, got, people, want)
			}
			if got, want := c.Questions, roundTo5(cellQuestions[key]); got != want {
				t.Fatalf("seed %d: cell %v questions = %d, recount %d rounded %d", seed, c.Values, got, cellQuestions[key], want)
			}
			if i := slices.Index(by, demand.DimCommunity); i >= 0 && len(communityPeople[c.Values[i]]) < k {
				t.Fatalf("seed %d: community %s with %d entrepreneurs published, k=%d", seed, c.Values[i], len(communityPeople[c.Values[i]]), k)
			}
		}
		if len(tbl.Cells) != len(cellPeople) || suppressed != tbl.SuppressedCells {
			t.Fatalf("seed %d: %d cells listed (%d suppressed, table says %d), want all %d", seed, len(tbl.Cells), suppressed, tbl.SuppressedCells, len(cellPeople))
		}
		assertNoSingleSuppressed(t, seed, tbl)
		var out bytes.Buffer
		if err := tbl.WriteCSV(&out); err != nil {
			t.Fatal(err)
		}
		js, err := json.Marshal(tbl)
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(js) {
			t.Fatalf("seed %d: invalid JSON %s", seed, js)
		}
		out.Write(js)
		assertNoPersonalData(t, seed, out.String())

		// The reports follow the same rule (exact counts here, to see it; rounding is tested on its own).
		opts := demand.ReportOptions{K: k, Round: 1, Region: region}
		ws := demand.WhiteSpots(qs, cat, opts)
		reach := demand.Reach(qs, opts)
		half := len(qs) / 2
		em := demand.Emerging(qs[half:], qs[:half], opts)
		for _, row := range ws.Rows {
			if row.Entrepreneurs < k {
				t.Fatalf("seed %d: white spot %+v below k=%d", seed, row, k)
			}
		}
		for _, row := range reach.Rows {
			if row.Entrepreneurs < k {
				t.Fatalf("seed %d: reach %+v below k=%d", seed, row, k)
			}
		}
		for _, term := range em.Terms {
			if term.Entrepreneurs < k || (term.Previous != nil && *term.Previous < k) {
				t.Fatalf("seed %d: emerging term %+v below k=%d", seed, term, k)
			}
		}
		for _, rep := range []any{ws, reach, em} {
			js, _ := json.Marshal(rep)
			assertNoPersonalData(t, seed, string(js))
		}
	}
}

func roundTo5(n int) int { return (n + 2) / 5 * 5 }

// assertNoSingleSuppressed checks secondary suppression: in the whole table and in every row and column (cells
// that share all values but one), a suppressed cell is never the only one, so no total or margin minus the
// published cells gives it away.
func assertNoSingleSuppressed(t *testing.T, seed uint64, tbl *demand.Table) {
	t.Helper()
	groupings := []int{-1}
	if len(tbl.By) > 1 {
		for d := range tbl.By {
			groupings = append(groupings, d)
		}
	}
	for _, d := range groupings {
		type count struct{ suppressed, published int }
		groups := map[string]*count{}
		for _, c := range tbl.Cells {
			key := ""
			if d >= 0 {
				key = strings.Join(slices.Delete(slices.Clone(c.Values), d, d+1), "|")
			}
			if groups[key] == nil {
				groups[key] = &count{}
			}
			if c.Suppressed != "" {
				groups[key].suppressed++
			} else {
				groups[key].published++
			}
		}
		for key, g := range groups {
			if g.suppressed == 1 && g.published > 0 {
				t.Fatalf("seed %d: group %q (without dimension %d) has one suppressed cell among %d published: it can be worked out", seed, key, d, g.published)
			}
		}
	}
}

func TestSuppressedCellCannotBeWorkedOutFromTheTotal(t *testing.T) {
	// Three sectors: bouw with 12 people, horeca with 11, transport with 3. Without secondary suppression the
	// published total of all questions minus bouw and horeca gives transport.
	var qs []wegwijzer.DemandEvent
	add := func(sector string, people int) {
		for i := range people {
			qs = append(qs, wegwijzer.DemandEvent{ID: fmt.Sprintf("%s-%d", sector, i), Time: t0, Community: "zwolle",
				Person: fmt.Sprintf("%s-p%d", sector, i), Sector: sector, Outcome: wegwijzer.OutcomeAnswered})
		}
	}
	add("bouw", 12)
	add("horeca", 11)
	add("transport", 3)
	tbl := demand.Export(qs, demand.ExportOptions{By: []demand.Dimension{demand.DimSector}, K: 10})
	got := map[string]demand.Suppression{}
	for _, c := range tbl.Cells {
		got[c.Values[0]] = c.Suppressed
	}
	want := map[string]demand.Suppression{"bouw": "", "horeca": demand.Secondary, "transport": demand.Primary}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("suppression = %v, want %v", got, want)
	}
	var csv bytes.Buffer
	if err := tbl.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	wantCSV := "sector,questions_rounded_to_5,entrepreneurs_rounded_to_5,suppressed\nbouw,10,10,\nhoreca,,,secondary\ntransport,,,primary\n"
	if csv.String() != wantCSV {
		t.Errorf("CSV:\n%s\nwant:\n%s", csv.String(), wantCSV)
	}
}

func cellKey(q wegwijzer.DemandEvent, by []demand.Dimension, region demand.RegionFunc) string {
	tbl := demand.Export([]wegwijzer.DemandEvent{q}, demand.ExportOptions{By: by, K: 1, Region: region})
	return strings.Join(tbl.Cells[0].Values, "|")
}

func assertNoPersonalData(t *testing.T, seed uint64, out string) {
	t.Helper()
	for _, leak := range []string{"person-", "conversation-", "secret-", "ev0"} {
		if strings.Contains(out, leak) {
			t.Fatalf("seed %d: output holds %q:\n%s", seed, leak, out)
		}
	}
}

func TestParseDimensions(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"week,region,theme", "[week region theme]", false},
		{" Theme , week ", "[theme week]", false},
		{"week,week", "", true},
		{"week,person", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := demand.ParseDimensions(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if !tt.err && fmt.Sprint(got) != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

func TestReportingRegion(t *testing.T) {
	cat := mustCatalogue(t)
	region := demand.ReportingRegion(cat.Geography)
	tests := []struct{ in, want string }{
		{"gemeente-deventer", "regio-stedendriehoek"}, // a pilot region
		{"gemeente-enschede", "corop-twente"},         // no pilot region: its COROP area
		{"regio-zwolle", "regio-zwolle"},
		{"provincie-limburg", "provincie-limburg"},
		{"", demand.Unknown},
		{"nl", "landelijk"},
		{"somewhere-unknown", "somewhere-unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := region(tt.in); got != tt.want {
				t.Errorf("region(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// goldenQuestions is a fixed data set for the golden files: 12 weeks, 4 communities, 60 people.
func goldenQuestions() []wegwijzer.DemandEvent {
	r := rand.New(rand.NewPCG(2025, 3))
	return randomQuestions(r, 1500, 60, 4)
}

func TestExportGolden(t *testing.T) {
	cat := mustCatalogue(t)
	qs := goldenQuestions()
	from, to := t0, t0.Add(8*7*24*time.Hour)
	region := demand.ReportingRegion(cat.Geography)
	tests := []struct {
		name   string
		by     string
		format string
		k      int
	}{
		{"week-region-theme.csv", "week,region,theme", "csv", 5},
		{"region-theme-outcome.json", "region,theme,outcome", "json", 5},
		{"community-phase-k10.csv", "community,phase", "csv", 10},
		{"month-sector.json", "month,sector", "json", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			by, err := demand.ParseDimensions(tt.by)
			if err != nil {
				t.Fatal(err)
			}
			tbl := demand.Export(qs, demand.ExportOptions{By: by, K: tt.k, Region: region, From: from, To: to})
			var got bytes.Buffer
			if tt.format == "csv" {
				err = tbl.WriteCSV(&got)
			} else {
				var js []byte
				js, err = json.Marshal(tbl)
				got.Write(js)
				got.WriteByte('\n')
			}
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "export-"+tt.name, got.Bytes())
		})
	}
}

// goldenCatalogue has the built-in map but a fixed list of offers, so that the golden reports do not change with
// every edit of the catalogue.
func goldenCatalogue(t *testing.T) *content.Catalogue {
	offer := func(id, theme string, regions ...string) *wegwijzer.Offer {
		return &wegwijzer.Offer{ID: id, Themes: []string{theme}, Regions: regions}
	}
	return &content.Catalogue{Geography: mustCatalogue(t).Geography, Offers: []*wegwijzer.Offer{
		offer("eia", "verduurzaming", "nl"),
		offer("isde", "verduurzaming", "nl"),
		offer("energiefonds-overijssel", "verduurzaming", "provincie-overijssel"),
		offer("bmkb", "financiering", "nl"),
		offer("qredits", "financiering", "nl"),
		offer("mkb-katalysatorfonds-drechtsteden", "financiering", "regio-drechtsteden"),
		offer("werkgeversservicepunt", "arbeidsmarkt", "nl"),
		offer("wsp-west-brabant", "arbeidsmarkt", "regio-west-brabant"),
		offer("edih", "digitalisering", "nl"),
		offer("brightlands-chemelot-campus", "innovatie", "provincie-limburg"),
	}}
}

func TestReportsGolden(t *testing.T) {
	cat := goldenCatalogue(t)
	qs := goldenQuestions()
	opts := demand.ReportOptions{Region: demand.ReportingRegion(cat.Geography)}
	mid := t0.Add(4 * 7 * 24 * time.Hour)
	var before, after []wegwijzer.DemandEvent
	for _, q := range qs {
		if q.Time.Before(mid) {
			before = append(before, q)
		} else {
			after = append(after, q)
		}
	}
	reports := map[string]any{
		"whitespots.json": demand.WhiteSpots(qs, cat, opts),
		"reach.json":      demand.Reach(qs, opts),
		"emerging.json":   demand.Emerging(after, before, opts),
	}
	for name, rep := range reports {
		t.Run(name, func(t *testing.T) {
			js, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "report-"+name, append(js, '\n'))
		})
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change):\n got:\n%s\nwant:\n%s", name, head(got), head(want))
	}
}

func head(b []byte) string {
	lines := strings.SplitN(string(b), "\n", 16)
	if len(lines) > 15 {
		lines = append(lines[:15], "...")
	}
	return strings.Join(lines, "\n")
}

// TestReportsRoundPublishedCounts: the white spots, reach and emerging reports publish counts rounded to 5 by
// default, and say so.
func TestReportsRoundPublishedCounts(t *testing.T) {
	var qs []wegwijzer.DemandEvent
	for i := range 23 { // 23 questions of 12 people in one theme and region, none with a good answer
		qs = append(qs, wegwijzer.DemandEvent{ID: fmt.Sprint("e", i), Person: fmt.Sprint("p", i%12), Community: "zwolle",
			Region: "regio-zwolle", Themes: []string{"verduurzaming"}, Outcome: wegwijzer.OutcomeNoMatch, Text: "warmtepomp voor mijn bakkerij"})
	}
	ws := demand.WhiteSpots(qs, nil, demand.ReportOptions{})
	if len(ws.Rows) != 1 || ws.RoundedTo != 5 || ws.Rows[0].Entrepreneurs != 10 || ws.Rows[0].Questions != 25 || ws.Rows[0].WithoutGoodAnswer != 25 {
		t.Errorf("white spots = %+v (rounded to %d), want 10 entrepreneurs and 25 questions", ws.Rows, ws.RoundedTo)
	}
	reach := demand.Reach(qs, demand.ReportOptions{})
	if len(reach.Rows) != 1 || reach.RoundedTo != 5 || reach.Rows[0].Entrepreneurs != 10 || reach.Rows[0].Questions != 25 {
		t.Errorf("reach = %+v, want 10 entrepreneurs and 25 questions", reach.Rows)
	}
	exact := demand.Reach(qs, demand.ReportOptions{Round: 1})
	if exact.Rows[0].Entrepreneurs != 12 || exact.Rows[0].Questions != 23 {
		t.Errorf("reach with Round 1 = %+v, want the exact 12 and 23", exact.Rows)
	}
}
