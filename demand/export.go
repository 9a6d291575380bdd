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
	// DimGap is the known gap a no-match reply named (wegwijzer.Answer.Gap): demand for a topic no offer covers.
	// Questions that named none count as NoGap.
	DimGap Dimension = "gap"
)

// NoGap is the value of DimGap for a question that named no known gap.
const NoGap = "geen"

// Dimensions returns every dimension.
func Dimensions() []Dimension {
	return []Dimension{DimWeek, DimMonth, DimRegion, DimTheme, DimSector, DimSize, DimPhase, DimLanguage, DimOutcome, DimCommunity, DimPlatform, DimGap}
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
	case DimGap:
		if q.Gap == "" {
			return NoGap
		}
		v = q.Gap
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
	Round    int        // published counts are rounded to a multiple of this; 0 = DefaultRounding, 1 = exact
	Region   RegionFunc // nil = regions as recorded
	From, To time.Time  // the period, for the header; To is exclusive
}

// DefaultRounding is the multiple published counts are rounded to, as statistics offices do: a difference of one
// person between two exports then no longer shows.
const DefaultRounding = 5

// Suppression says why a cell's counts are not published.
type Suppression string

// Suppressions.
const (
	// Primary: fewer than K distinct entrepreneurs asked in the cell.
	Primary Suppression = "primary"
	// Secondary: the cell would let a primary cell be worked out from a total or margin (its row, its column, or
	// the whole table) minus the published cells.
	Secondary Suppression = "secondary"
)

// Table is an export: question counts per cell, every published cell covering at least K distinct entrepreneurs,
// counts rounded to a multiple of Round. Suppressed cells are listed, flagged and without counts, never silently
// missing. It holds no text and no pseudonyms.
type Table struct {
	From, To              time.Time
	By                    []Dimension
	K                     int
	Round                 int
	Cells                 []Cell
	SuppressedCells       int // cells whose counts are not published (primary and secondary)
	SuppressedCommunities int // communities left out because fewer than K entrepreneurs asked in them
}

// Cell is one combination of dimension values.
type Cell struct {
	Values        []string // in the order of Table.By
	Questions     int      // rounded to Table.Round; 0 when suppressed
	Entrepreneurs int      // rounded to Table.Round; 0 when suppressed
	Suppressed    Suppression
}

// Published returns the number of cells whose counts are published.
func (t *Table) Published() int { return len(t.Cells) - t.SuppressedCells }

// Export counts questions and distinct entrepreneurs per combination of the By dimensions. It suppresses every
// cell with fewer than K entrepreneurs (and leaves out every community with fewer than K), then, for each total
// and margin, a second cell wherever one suppressed cell could be worked out from it; published counts are
// rounded. Cells are sorted by their values.
func Export(questions []wegwijzer.DemandEvent, opts ExportOptions) *Table {
	k := opts.K
	if k <= 0 {
		k = DefaultMinGroup
	}
	round := opts.Round
	if round <= 0 {
		round = DefaultRounding
	}
	t := &Table{From: opts.From, To: opts.To, By: opts.By, K: k, Round: round}
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
		c := Cell{Values: a.values, Questions: a.questions, Entrepreneurs: len(a.people)}
		if c.Entrepreneurs < k {
			c.Suppressed = Primary
		}
		t.Cells = append(t.Cells, c)
	}
	slices.SortFunc(t.Cells, func(a, b Cell) int { return slices.Compare(a.Values, b.Values) })
	suppressSecondary(t.Cells, len(opts.By))
	for i := range t.Cells {
		c := &t.Cells[i]
		if c.Suppressed != "" {
			t.SuppressedCells++
			c.Questions, c.Entrepreneurs = 0, 0
			continue
		}
		c.Questions, c.Entrepreneurs = roundTo(c.Questions, round), roundTo(c.Entrepreneurs, round)
	}
	return t
}

// suppressSecondary hides, in every group of cells that add up to a total someone may know (the whole table, and
// each row or column: the cells that share all values but one), a second cell wherever exactly one is
// suppressed, so that no suppressed count is a published total minus published cells. It hides the smallest
// published cell of the group and repeats until no group has a single suppressed cell. cells are sorted, so the
// choice is the same on every run.
func suppressSecondary(cells []Cell, dims int) {
	groupings := []func(c Cell) string{func(Cell) string { return "" }} // the whole table
	if dims > 1 {
		for d := range dims {
			groupings = append(groupings, func(c Cell) string {
				return strings.Join(slices.Delete(slices.Clone(c.Values), d, d+1), "\x00")
			})
		}
	}
	for changed := true; changed; {
		changed = false
		for _, group := range groupings {
			members := map[string][]int{}
			for i, c := range cells {
				members[group(c)] = append(members[group(c)], i)
			}
			for _, idx := range members {
				suppressed, smallest := 0, -1
				for _, i := range idx {
					if cells[i].Suppressed != "" {
						suppressed++
					} else if smallest < 0 || cells[i].Questions < cells[smallest].Questions {
						smallest = i
					}
				}
				if suppressed == 1 && smallest >= 0 {
					cells[smallest].Suppressed = Secondary
					changed = true
				}
			}
		}
	}
}

// roundTo rounds n to the nearest multiple of m (halves up).
func roundTo(n, m int) int {
	if m <= 1 {
		return n
	}
	return (n + m/2) / m * m
}

// WriteCSV writes the table as CSV: the By dimensions in their order, then questions and entrepreneurs (their
// column names say what they are rounded to), then why a cell is suppressed (empty when published; its counts
// are then empty too).
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header := make([]string, 0, len(t.By)+3)
	for _, d := range t.By {
		header = append(header, string(d))
	}
	rounded := ""
	if t.Round > 1 {
		rounded = "_rounded_to_" + strconv.Itoa(t.Round)
	}
	if err := cw.Write(append(header, "questions"+rounded, "entrepreneurs"+rounded, "suppressed")); err != nil {
		return err
	}
	for _, c := range t.Cells {
		q, p := strconv.Itoa(c.Questions), strconv.Itoa(c.Entrepreneurs)
		if c.Suppressed != "" {
			q, p = "", ""
		}
		row := append(slices.Clone(c.Values), q, p, string(c.Suppressed))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// MarshalJSON writes the table with each cell as an object whose keys follow the order of By; a suppressed
// cell has null counts and says why.
func (t *Table) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"from":`)
	writeJSON(&b, dateOrEmpty(t.From))
	b.WriteString(`,"to":`)
	writeJSON(&b, lastDay(t.To))
	b.WriteString(`,"by":`)
	writeJSON(&b, t.By)
	fmt.Fprintf(&b, `,"k":%d,"rounded_to":%d,"cells":[`, t.K, t.Round)
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
		if c.Suppressed != "" {
			fmt.Fprintf(&b, `"questions":null,"entrepreneurs":null,"suppressed":%q}`, c.Suppressed)
			continue
		}
		fmt.Fprintf(&b, `"questions":%d,"entrepreneurs":%d}`, c.Questions, c.Entrepreneurs)
	}
	if len(t.Cells) > 0 {
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, `],"published_cells":%d,"suppressed_cells":%d,"suppressed_communities":%d}`,
		t.Published(), t.SuppressedCells, t.SuppressedCommunities)
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
