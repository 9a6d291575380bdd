package demand

import (
	"cmp"
	"math"
	"slices"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// ReachTarget is the action agenda's reach per region: about 2,500 entrepreneurs in each of some 40 regions.
const ReachTarget = 2500

// ReportOptions configure the reports. The zero value is the default.
type ReportOptions struct {
	K        int        // minimum distinct entrepreneurs per published row; 0 = DefaultMinGroup
	Round    int        // published counts are rounded to a multiple of this; 0 = DefaultRounding, 1 = exact
	LowScore float64    // 0 = DefaultLowScore
	Region   RegionFunc // nil = regions as recorded
	Target   int        // reach target per region; 0 = ReachTarget
	Top      int        // emerging terms shown; 0 = 20
}

func (o ReportOptions) withDefaults() ReportOptions {
	if o.K <= 0 {
		o.K = DefaultMinGroup
	}
	if o.Round <= 0 {
		o.Round = DefaultRounding
	}
	if o.LowScore == 0 {
		o.LowScore = DefaultLowScore
	}
	if o.Target <= 0 {
		o.Target = ReachTarget
	}
	if o.Top <= 0 {
		o.Top = 20
	}
	return o
}

func (o ReportOptions) region(id string) string {
	if o.Region == nil {
		if id == "" {
			return Unknown
		}
		return id
	}
	return o.Region(id)
}

// WhiteSpot is demand in one theme and region, against what the catalogue offers there.
type WhiteSpot struct {
	Theme             string  `json:"theme"`
	Region            string  `json:"region"`
	Questions         int     `json:"questions"`
	Entrepreneurs     int     `json:"entrepreneurs"`
	WithoutGoodAnswer int     `json:"without_good_answer"`
	Share             float64 `json:"share_without_good_answer"` // 0..1
	Offers            int     `json:"offers"`                    // offers in the catalogue for this theme that apply in this region
}

// WhiteSpotReport lists theme × region cells, the most unmet demand first.
type WhiteSpotReport struct {
	K                     int         `json:"k"`
	RoundedTo             int         `json:"rounded_to"` // published counts are multiples of this
	Rows                  []WhiteSpot `json:"rows"`
	SuppressedCells       int         `json:"suppressed_cells"`
	SuppressedCommunities int         `json:"suppressed_communities"`
}

// WhiteSpots counts, per main theme and reporting region, the questions, the distinct entrepreneurs, the share
// without a good answer and the catalogue's offers in that theme that apply there. A white spot is demand with a
// high share and few offers. Cells under k entrepreneurs are suppressed.
func WhiteSpots(questions []wegwijzer.DemandEvent, cat *content.Catalogue, opts ReportOptions) *WhiteSpotReport {
	opts = opts.withDefaults()
	rep := &WhiteSpotReport{K: opts.K, RoundedTo: opts.Round, Rows: []WhiteSpot{}}
	questions, rep.SuppressedCommunities = Publishable(questions, opts.K)
	type agg struct {
		WhiteSpot
		people map[string]bool
	}
	cells := map[[2]string]*agg{}
	for _, q := range questions {
		key := [2]string{value(q, DimTheme, nil), opts.region(q.Region)}
		a := cells[key]
		if a == nil {
			a = &agg{WhiteSpot: WhiteSpot{Theme: key[0], Region: key[1]}, people: map[string]bool{}}
			cells[key] = a
		}
		a.Questions++
		a.people[q.Person] = true
		if NoGoodAnswer(q, opts.LowScore) != "" {
			a.WithoutGoodAnswer++
		}
	}
	for _, a := range cells {
		if len(a.people) < opts.K {
			rep.SuppressedCells++
			continue
		}
		ws := a.WhiteSpot
		// The share comes from the exact counts, to whole per cents; the counts are published rounded.
		ws.Share = math.Round(float64(ws.WithoutGoodAnswer)/float64(ws.Questions)*100) / 100
		ws.Entrepreneurs = roundTo(len(a.people), opts.Round)
		ws.Questions = roundTo(ws.Questions, opts.Round)
		ws.WithoutGoodAnswer = roundTo(ws.WithoutGoodAnswer, opts.Round)
		ws.Offers = matchingOffers(cat, ws.Theme, ws.Region)
		rep.Rows = append(rep.Rows, ws)
	}
	slices.SortFunc(rep.Rows, func(a, b WhiteSpot) int {
		return cmp.Or(cmp.Compare(b.WithoutGoodAnswer, a.WithoutGoodAnswer), cmp.Compare(b.Share, a.Share),
			cmp.Compare(a.Offers, b.Offers), cmp.Compare(a.Theme, b.Theme), cmp.Compare(a.Region, b.Region))
	})
	return rep
}

// matchingOffers counts the offers of a theme that someone in the region can use: national ones, and those of a
// place that contains the region or lies in it.
func matchingOffers(cat *content.Catalogue, theme, region string) int {
	if cat == nil {
		return 0
	}
	n := 0
	for _, o := range cat.Offers {
		if !slices.Contains(o.Themes, theme) {
			continue
		}
		for _, r := range o.Regions {
			if r == wegwijzer.National || (region != Unknown && cat.Geography.Applies(r, region)) {
				n++
				break
			}
		}
	}
	return n
}

// ReachRow is the number of distinct entrepreneurs reached in a region, against the target.
type ReachRow struct {
	Region        string  `json:"region"`
	Entrepreneurs int     `json:"entrepreneurs"`
	Questions     int     `json:"questions"`
	Target        int     `json:"target"`
	Share         float64 `json:"share_of_target"` // 0..1
}

// ReachReport lists regions by entrepreneurs reached.
type ReachReport struct {
	K                     int        `json:"k"`
	RoundedTo             int        `json:"rounded_to"` // published counts are multiples of this
	Rows                  []ReachRow `json:"rows"`
	SuppressedRegions     int        `json:"suppressed_regions"`
	SuppressedCommunities int        `json:"suppressed_communities"`
}

// Reach counts the distinct entrepreneurs who asked a question, per reporting region, against the target.
// Regions under k entrepreneurs are suppressed.
func Reach(questions []wegwijzer.DemandEvent, opts ReportOptions) *ReachReport {
	opts = opts.withDefaults()
	rep := &ReachReport{K: opts.K, RoundedTo: opts.Round, Rows: []ReachRow{}}
	questions, rep.SuppressedCommunities = Publishable(questions, opts.K)
	people := map[string]map[string]bool{}
	count := map[string]int{}
	for _, q := range questions {
		r := opts.region(q.Region)
		if people[r] == nil {
			people[r] = map[string]bool{}
		}
		people[r][q.Person] = true
		count[r]++
	}
	for r, ps := range people {
		if len(ps) < opts.K {
			rep.SuppressedRegions++
			continue
		}
		n := roundTo(len(ps), opts.Round)
		rep.Rows = append(rep.Rows, ReachRow{Region: r, Entrepreneurs: n, Questions: roundTo(count[r], opts.Round), Target: opts.Target,
			Share: math.Round(float64(n)/float64(opts.Target)*1000) / 1000})
	}
	slices.SortFunc(rep.Rows, func(a, b ReachRow) int {
		return cmp.Or(cmp.Compare(b.Entrepreneurs, a.Entrepreneurs), cmp.Compare(a.Region, b.Region))
	})
	return rep
}

// EmergingTerm is a word that more entrepreneurs used in unanswered questions this period than the one before.
type EmergingTerm struct {
	Word          string `json:"word"`
	Entrepreneurs int    `json:"entrepreneurs"` // this period, distinct
	Questions     int    `json:"questions"`     // this period
	// Previous is the number of distinct entrepreneurs in the previous period, or nil when it was under k (then
	// PreviousBelowK is true): a small number is not published, not even as a comparison.
	Previous       *int `json:"previous"`
	PreviousBelowK bool `json:"previous_below_k,omitempty"`
	Change         int  `json:"-"`
}

// EmergingReport lists the words rising fastest in unanswered questions.
type EmergingReport struct {
	K                     int            `json:"k"`
	RoundedTo             int            `json:"rounded_to"` // published counts are multiples of this
	Terms                 []EmergingTerm `json:"terms"`
	SuppressedCommunities int            `json:"suppressed_communities"`
}

// Emerging compares the words of questions without a good answer in the current period with the previous one and
// returns those used by more distinct entrepreneurs now, fastest rising first. A word is shown only when at least
// k entrepreneurs used it this period. Questions whose text retention dropped do not count.
func Emerging(current, previous []wegwijzer.DemandEvent, opts ReportOptions) *EmergingReport {
	opts = opts.withDefaults()
	rep := &EmergingReport{K: opts.K, RoundedTo: opts.Round, Terms: []EmergingTerm{}}
	var sc int
	current, sc = Publishable(current, opts.K)
	previous, _ = Publishable(previous, opts.K)
	rep.SuppressedCommunities = sc
	type agg struct {
		people    map[string]bool
		questions int
		words     map[string]int
	}
	count := func(qs []wegwijzer.DemandEvent) map[string]*agg {
		m := map[string]*agg{}
		for _, q := range qs {
			if NoGoodAnswer(q, opts.LowScore) == "" {
				continue
			}
			for _, t := range Terms(q.Text) {
				a := m[t.Stem]
				if a == nil {
					a = &agg{people: map[string]bool{}, words: map[string]int{}}
					m[t.Stem] = a
				}
				a.people[q.Person] = true
				a.questions++
				a.words[t.Word]++
			}
		}
		return m
	}
	cur, prev := count(current), count(previous)
	for s, a := range cur {
		n := len(a.people)
		if n < opts.K {
			continue
		}
		p := 0
		if pa := prev[s]; pa != nil {
			p = len(pa.people)
		}
		if n <= p {
			continue
		}
		t := EmergingTerm{Word: topKeys(a.words, 1)[0], Entrepreneurs: roundTo(n, opts.Round), Questions: roundTo(a.questions, opts.Round), Change: n - p}
		if p >= opts.K {
			rp := roundTo(p, opts.Round)
			t.Previous = &rp
		} else {
			t.PreviousBelowK = true
		}
		rep.Terms = append(rep.Terms, t)
	}
	slices.SortFunc(rep.Terms, func(a, b EmergingTerm) int {
		return cmp.Or(cmp.Compare(b.Change, a.Change), cmp.Compare(b.Entrepreneurs, a.Entrepreneurs), cmp.Compare(a.Word, b.Word))
	})
	if len(rep.Terms) > opts.Top {
		rep.Terms = rep.Terms[:opts.Top]
	}
	return rep
}
