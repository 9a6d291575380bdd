package demand

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// Dimension is what an export can break the questions down by.
type Dimension string

// Dimensions.
const (
	DimWeek      Dimension = "week" // ISO week of the question, 2025-W07 (UTC)
	DimMonth     Dimension = "month"
	DimRegion    Dimension = "region" // the reporting region (see ReportingRegion)
	DimTheme     Dimension = "theme"  // the main theme
	DimSector    Dimension = "sector"
	DimSize      Dimension = "size"
	DimPhase     Dimension = "phase"
	DimLanguage  Dimension = "language"
	DimOutcome   Dimension = "outcome"
	DimCommunity Dimension = "community"
	DimPlatform  Dimension = "platform"
)

// Dimensions returns every dimension.
func Dimensions() []Dimension {
	return []Dimension{DimWeek, DimMonth, DimRegion, DimTheme, DimSector, DimSize, DimPhase, DimLanguage, DimOutcome, DimCommunity, DimPlatform}
}

// Unknown is the value of a dimension the question did not tell.
const Unknown = "onbekend"

// ParseDimensions parses a comma-separated list of dimensions ("week,region,theme"), keeping its order.
func ParseDimensions(s string) ([]Dimension, error) {
	var out []Dimension
	for _, f := range strings.Split(s, ",") {
		d := Dimension(strings.TrimSpace(strings.ToLower(f)))
		if d == "" {
			continue
		}
		if !slices.Contains(Dimensions(), d) {
			return nil, wegwijzer.Errorf(wegwijzer.EINVALID, "unknown dimension %q (known: %s)", d, joinDims(Dimensions()))
		}
		if slices.Contains(out, d) {
			return nil, wegwijzer.Errorf(wegwijzer.EINVALID, "dimension %q given twice", d)
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil, wegwijzer.Errorf(wegwijzer.EINVALID, "no dimensions (known: %s)", joinDims(Dimensions()))
	}
	return out, nil
}

func joinDims(ds []Dimension) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = string(d)
	}
	return strings.Join(s, ",")
}

// RegionFunc maps the region id a question was recorded with to the region the statistics count it in.
type RegionFunc func(string) string

// ReportingRegion returns a RegionFunc for the action agenda's regions: a place counts in the pilot region that
// contains it, else in its COROP area (the Netherlands' 40 regions), else in its province. The function is not
// safe for concurrent use.
func ReportingRegion(g *content.Geography) RegionFunc {
	cache := map[string]string{}
	return func(id string) string {
		if id == "" || id == "-" {
			return Unknown
		}
		if id == wegwijzer.National {
			return "landelijk"
		}
		if r, ok := cache[id]; ok {
			return r
		}
		r := id
		if g != nil && g.Place(id) != nil {
			anc := g.Ancestors(id)
		kinds:
			for _, kind := range []content.PlaceKind{content.KindRegio, content.KindCorop, content.KindProvincie} {
				for _, a := range anc {
					if p := g.Place(a); p != nil && p.Kind == kind {
						r = a
						break kinds
					}
				}
			}
		}
		cache[id] = r
		return r
	}
}

// value returns the value of a dimension for a question.
func value(q wegwijzer.DemandEvent, d Dimension, region RegionFunc) string {
	v := ""
	switch d {
	case DimWeek:
		y, w := q.Time.UTC().ISOWeek()
		v = fmt.Sprintf("%04d-W%02d", y, w)
	case DimMonth:
		v = q.Time.UTC().Format("2006-01")
	case DimRegion:
		if region != nil {
			v = region(q.Region)
		} else {
			v = q.Region
		}
	case DimTheme:
		if len(q.Themes) > 0 {
			v = q.Themes[0]
		}
	case DimSector:
		v = q.Sector
	case DimSize:
		v = q.Size
	case DimPhase:
		v = string(q.Phase)
	case DimLanguage:
		v = q.Language
	case DimOutcome:
		v = string(q.Outcome)
	case DimCommunity:
		v = q.Community
	case DimPlatform:
		v = q.Platform
	}
	if v == "" {
		return Unknown
	}
	return v
}

// Publishable returns the questions of communities with at least k distinct entrepreneurs, and how many
// communities it left out: no export or report shows anything of a community smaller than k, not even inside a
// larger cell.
func Publishable(questions []wegwijzer.DemandEvent, k int) ([]wegwijzer.DemandEvent, int) {
	people := map[string]map[string]bool{}
	for _, q := range questions {
		if people[q.Community] == nil {
			people[q.Community] = map[string]bool{}
		}
		people[q.Community][q.Person] = true
	}
	small := map[string]bool{}
	for c, ps := range people {
		if len(ps) < k {
			small[c] = true
		}
	}
	if len(small) == 0 {
		return questions, 0
	}
	out := make([]wegwijzer.DemandEvent, 0, len(questions))
	for _, q := range questions {
		if !small[q.Community] {
			out = append(out, q)
		}
	}
	return out, len(small)
}

// ExportOptions configure Export. By is required; the zero value of the rest is the default.
type ExportOptions struct {
	By       []Dimension
	K        int        // minimum distinct entrepreneurs per published cell; 0 = DefaultMinGroup
	Region   RegionFunc // nil = regions as recorded
	From, To time.Time  // the period, for the header; To is exclusive
}

// Table is an export: question counts per cell, every cell covering at least K distinct entrepreneurs. It holds
// no text and no pseudonyms.
type Table struct {
	From, To              time.Time
	By                    []Dimension
	K                     int
	Cells                 []Cell
	SuppressedCells       int // cells left out because fewer than K entrepreneurs asked in them
	SuppressedCommunities int // communities left out because fewer than K entrepreneurs asked in them
}

// Cell is one combination of dimension values.
type Cell struct {
	Values        []string // in the order of Table.By
	Questions     int
	Entrepreneurs int
}

// Export counts questions and distinct entrepreneurs per combination of the By dimensions, and suppresses every
// cell with fewer than K entrepreneurs (and every community with fewer than K). Cells are sorted by their values.
func Export(questions []wegwijzer.DemandEvent, opts ExportOptions) *Table {
	k := opts.K
	if k <= 0 {
		k = DefaultMinGroup
	}
	t := &Table{From: opts.From, To: opts.To, By: opts.By, K: k}
	questions, t.SuppressedCommunities = Publishable(questions, k)
	type agg struct {
		values    []string
		questions int
		people    map[string]bool
	}
	cells := map[string]*agg{}
	for _, q := range questions {
		vals := make([]string, len(opts.By))
		for i, d := range opts.By {
			vals[i] = value(q, d, opts.Region)
		}
		key := strings.Join(vals, "\x00")
		a := cells[key]
		if a == nil {
			a = &agg{values: vals, people: map[string]bool{}}
			cells[key] = a
		}
		a.questions++
		a.people[q.Person] = true
	}
	for _, a := range cells {
		if len(a.people) < k {
			t.SuppressedCells++
			continue
		}
		t.Cells = append(t.Cells, Cell{Values: a.values, Questions: a.questions, Entrepreneurs: len(a.people)})
	}
	slices.SortFunc(t.Cells, func(a, b Cell) int { return slices.Compare(a.Values, b.Values) })
	return t
}

// WriteCSV writes the table as CSV: the By dimensions in their order, then questions, then entrepreneurs.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header := make([]string, 0, len(t.By)+2)
	for _, d := range t.By {
		header = append(header, string(d))
	}
	if err := cw.Write(append(header, "questions", "entrepreneurs")); err != nil {
		return err
	}
	for _, c := range t.Cells {
		row := append(slices.Clone(c.Values), strconv.Itoa(c.Questions), strconv.Itoa(c.Entrepreneurs))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// MarshalJSON writes the table with each cell as an object whose keys follow the order of By.
func (t *Table) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"from":`)
	writeJSON(&b, dateOrEmpty(t.From))
	b.WriteString(`,"to":`)
	writeJSON(&b, lastDay(t.To))
	b.WriteString(`,"by":`)
	writeJSON(&b, t.By)
	fmt.Fprintf(&b, `,"k":%d,"cells":[`, t.K)
	for i, c := range t.Cells {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  {")
		for j, d := range t.By {
			writeJSON(&b, string(d))
			b.WriteByte(':')
			writeJSON(&b, c.Values[j])
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"questions":%d,"entrepreneurs":%d}`, c.Questions, c.Entrepreneurs)
	}
	if len(t.Cells) > 0 {
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, `],"published_cells":%d,"suppressed_cells":%d,"suppressed_communities":%d}`,
		len(t.Cells), t.SuppressedCells, t.SuppressedCommunities)
	return b.Bytes(), nil
}

func writeJSON(b *bytes.Buffer, v any) {
	data, _ := json.Marshal(v)
	b.Write(data)
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// lastDay returns the last day of a period that ends (exclusive) at t.
func lastDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Add(-time.Nanosecond).Format(time.DateOnly)
}
