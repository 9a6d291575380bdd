package dashboard

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
)

// The analyst pages show the demand package's reports and export, with its k, rounding and suppression: the
// dashboard filters the questions and draws what the reports return, it never counts itself.

// filter is the period and the selections of an analyst page, from its query string.
type filter struct {
	From, To                 time.Time // [From, To), whole UTC days
	Region, Theme, Community string
}

const defaultDays = 12 * 7

// parseFilter reads from, to (YYYY-MM-DD, inclusive), region, theme and community. Only known values are
// accepted, so nothing from the query string reaches the page unchecked.
func (h *Handler) parseFilter(r *http.Request) (filter, error) {
	q := r.URL.Query()
	today := h.opts.Now().UTC().Truncate(24 * time.Hour)
	f := filter{To: today.Add(24 * time.Hour)}
	if s := q.Get("to"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return f, fmt.Errorf("'tot' is geen datum (JJJJ-MM-DD)")
		}
		f.To = t.Add(24 * time.Hour)
	}
	f.From = f.To.Add(-defaultDays * 24 * time.Hour)
	if s := q.Get("from"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return f, fmt.Errorf("'van' is geen datum (JJJJ-MM-DD)")
		}
		f.From = t
	}
	if !f.From.Before(f.To) || f.To.Sub(f.From) > 3*366*24*time.Hour {
		return f, fmt.Errorf("de periode moet beginnen voor ze eindigt, en hoogstens drie jaar duren")
	}
	f.Region, f.Theme, f.Community = q.Get("region"), q.Get("theme"), q.Get("community")
	if f.Region != "" && !slices.ContainsFunc(h.regionOptions(), func(o option) bool { return o.ID == f.Region }) {
		return f, fmt.Errorf("onbekende regio")
	}
	if f.Theme != "" && !slices.ContainsFunc(h.themeOptions(), func(o option) bool { return o.ID == f.Theme }) {
		return f, fmt.Errorf("onbekend thema")
	}
	if f.Community != "" && !slices.ContainsFunc(h.communityOptions(), func(o option) bool { return o.ID == f.Community }) {
		return f, fmt.Errorf("onbekende community")
	}
	return f, nil
}

// query returns the filter as a query string, for links between the pages.
func (f filter) query() string {
	v := make([]string, 0, 5)
	v = append(v, "from="+f.From.Format(time.DateOnly), "to="+f.To.Add(-time.Nanosecond).Format(time.DateOnly))
	for k, s := range map[string]string{"region": f.Region, "theme": f.Theme, "community": f.Community} {
		if s != "" {
			v = append(v, k+"="+s)
		}
	}
	slices.Sort(v)
	return strings.Join(v, "&")
}

// option is a value of a filter's select.
type option struct{ ID, Name string }

func (h *Handler) regionOptions() []option {
	var out []option
	if h.cat == nil || h.cat.Geography == nil {
		return out
	}
	for _, kind := range []content.PlaceKind{content.KindRegio, content.KindCorop, content.KindProvincie} {
		for _, p := range h.cat.Geography.Places(kind) {
			out = append(out, option{p.ID, p.Name})
		}
	}
	return append(out, option{"landelijk", "landelijk"}, option{demand.Unknown, demand.Unknown})
}

func (h *Handler) themeOptions() []option {
	var out []option
	if h.cat != nil {
		for _, t := range h.cat.Themes {
			out = append(out, option{t.ID, t.Label})
		}
	}
	return out
}

func (h *Handler) communityOptions() []option {
	var out []option
	if h.cat != nil {
		for _, c := range h.cat.Communities {
			out = append(out, option{c.ID, c.Name})
		}
	}
	return out
}

func (h *Handler) themeName(id string) string {
	if h.cat != nil {
		for _, t := range h.cat.Themes {
			if t.ID == id {
				return t.Label
			}
		}
	}
	return id
}

func (h *Handler) placeName(id string) string {
	if h.cat != nil && h.cat.Geography != nil {
		if p := h.cat.Geography.Place(id); p != nil {
			return p.Name
		}
	}
	return id
}

// load reads the questions of [from, to) and keeps those the filter selects.
func (h *Handler) load(r *http.Request, f filter, from, to time.Time) ([]wegwijzer.DemandEvent, demand.RegionFunc, error) {
	now := h.opts.Now()
	qs, err := demand.Questions(r.Context(), h.log, from, to, demand.ReadOptions{ConversationTTL: h.opts.ConversationTTL, Now: now})
	if err != nil {
		return nil, nil, err
	}
	var geo *content.Geography
	if h.cat != nil {
		geo = h.cat.Geography
	}
	region := demand.ReportingRegion(geo)
	out := qs[:0]
	for _, q := range qs {
		if f.Community != "" && q.Community != f.Community {
			continue
		}
		if f.Region != "" && region(q.Region) != f.Region {
			continue
		}
		if f.Theme != "" && (len(q.Themes) == 0 || q.Themes[0] != f.Theme) {
			continue
		}
		out = append(out, q)
	}
	return out, region, nil
}

// analystOnly answers 403 unless the principal may see aggregates.
func (h *Handler) analystOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !principalOf(r).seesAggregates() {
			http.Error(w, "alleen voor analisten en beheerders", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func (h *Handler) mountAnalyst() {
	h.mux.HandleFunc("GET /dashboard/analyst/{$}", h.analystOnly(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/dashboard/analyst/trends", http.StatusSeeOther)
	}))
	h.mux.HandleFunc("GET /dashboard/analyst/trends", h.analystOnly(h.trends))
	h.mux.HandleFunc("GET /dashboard/analyst/whitespots", h.analystOnly(h.whitespots))
	h.mux.HandleFunc("GET /dashboard/analyst/reach", h.analystOnly(h.reach))
	h.mux.HandleFunc("GET /dashboard/analyst/emerging", h.analystOnly(h.emerging))
	h.mux.HandleFunc("GET /dashboard/analyst/export.csv", h.analystOnly(h.exportCSV))
}

// analystPage renders a page; a bad filter answers 400 with the form, so it can be corrected.
func (h *Handler) analystPage(w http.ResponseWriter, r *http.Request, page string, build func(f filter) (map[string]any, error)) {
	f, ferr := h.parseFilter(r)
	if ferr != nil {
		// Show the form with the default period and no selection: nothing of the refused query goes back.
		today := h.opts.Now().UTC().Truncate(24 * time.Hour)
		f = filter{To: today.Add(24 * time.Hour), From: today.Add(-(defaultDays - 1) * 24 * time.Hour)}
	}
	data := map[string]any{}
	if ferr == nil {
		var err error
		if data, err = build(f); err != nil {
			h.fail(w, err)
			return
		}
	}
	data["Page"], data["F"], data["Query"] = page, f, f.query()
	data["FromDay"], data["ToDay"] = f.From.Format(time.DateOnly), f.To.Add(-time.Nanosecond).Format(time.DateOnly)
	data["Regions"], data["Themes"], data["Communities"] = h.regionOptions(), h.themeOptions(), h.communityOptions()
	data["Login"], data["CSRF"], data["Admin"] = principalOf(r).Name, h.csrf(r), principalOf(r).Role == RoleAdmin
	if ferr != nil {
		data["Error"] = ferr.Error()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
	}
	h.render(w, "analyst.html", data)
}

func (h *Handler) reportOptions(region demand.RegionFunc) demand.ReportOptions {
	return demand.ReportOptions{K: h.opts.K, Region: region}
}

func (h *Handler) exportTable(r *http.Request, f filter, by []demand.Dimension) (*demand.Table, error) {
	qs, region, err := h.load(r, f, f.From, f.To)
	if err != nil {
		return nil, err
	}
	return demand.Export(qs, demand.ExportOptions{By: by, K: h.opts.K, Region: region, From: f.From, To: f.To}), nil
}

// pivot is the trends table: a row per week, a column per theme.
type pivot struct {
	Themes []string // names
	Rows   []pivotRow
}

type pivotRow struct {
	Week  string
	Cells []pivotCell
}

type pivotCell struct {
	Present    bool // the export has the cell (absent: no question that week)
	Questions  int
	Suppressed demand.Suppression
}

func (h *Handler) trends(w http.ResponseWriter, r *http.Request) {
	h.analystPage(w, r, "trends", func(f filter) (map[string]any, error) {
		t, err := h.exportTable(r, f, []demand.Dimension{demand.DimWeek, demand.DimTheme})
		if err != nil {
			return nil, err
		}
		var weeks []string
		for d := f.From; d.Before(f.To); d = d.Add(24 * time.Hour) {
			y, wk := d.ISOWeek()
			if s := fmt.Sprintf("%04d-W%02d", y, wk); !slices.Contains(weeks, s) {
				weeks = append(weeks, s)
			}
		}
		totals := map[string]int{}
		values := map[string]map[string]*int{}
		cells := map[[2]string]demand.Cell{}
		for _, c := range t.Cells {
			week, theme := c.Values[0], c.Values[1]
			if values[theme] == nil {
				values[theme] = map[string]*int{}
			}
			cells[[2]string{week, theme}] = c
			if c.Suppressed == "" {
				n := c.Questions
				values[theme][week] = &n
				totals[theme] += n
			}
		}
		themes := make([]string, 0, len(values))
		for th := range values {
			themes = append(themes, th)
		}
		slices.SortFunc(themes, func(a, b string) int { return cmp.Or(cmp.Compare(totals[b], totals[a]), cmp.Compare(a, b)) })
		if len(themes) > 8 {
			themes = themes[:8]
		}
		pv := pivot{}
		for _, th := range themes {
			pv.Themes = append(pv.Themes, h.themeName(th))
		}
		for _, wk := range weeks {
			row := pivotRow{Week: wk}
			for _, th := range themes {
				c, ok := cells[[2]string{wk, th}]
				row.Cells = append(row.Cells, pivotCell{Present: ok, Questions: c.Questions, Suppressed: c.Suppressed})
			}
			pv.Rows = append(pv.Rows, row)
		}
		var ss []series
		for _, th := range themes {
			s := series{Label: h.themeName(th)}
			for _, wk := range weeks {
				s.Values = append(s.Values, values[th][wk])
			}
			ss = append(ss, s)
		}
		short := make([]string, len(weeks))
		for i, wk := range weeks {
			short[i] = wk[len(wk)-3:]
		}
		return map[string]any{"Title": "Vragen per week per thema", "Table": t, "Pivot": pv,
			"Chart": smallMultiples("Vragen per week per thema", short, ss)}, nil
	})
}

func (h *Handler) whitespots(w http.ResponseWriter, r *http.Request) {
	h.analystPage(w, r, "whitespots", func(f filter) (map[string]any, error) {
		qs, region, err := h.load(r, f, f.From, f.To)
		if err != nil {
			return nil, err
		}
		rep := demand.WhiteSpots(qs, h.cat, h.reportOptions(region))
		var themes, regions []string
		for _, ws := range rep.Rows {
			if !slices.Contains(themes, ws.Theme) {
				themes = append(themes, ws.Theme)
			}
			if !slices.Contains(regions, ws.Region) {
				regions = append(regions, ws.Region)
			}
		}
		slices.Sort(regions)
		if len(regions) > 16 {
			regions = regions[:16]
		}
		cells := make([][]heatCell, len(themes))
		rowNames := make([]string, len(themes))
		colNames := make([]string, len(regions))
		for j, rg := range regions {
			colNames[j] = h.placeName(rg)
		}
		for i, th := range themes {
			rowNames[i] = h.themeName(th)
			cells[i] = make([]heatCell, len(regions))
			for j, rg := range regions {
				cells[i][j] = heatCell{Share: -1, Label: fmt.Sprintf("onderdrukt of geen vragen (minder dan %d ondernemers)", rep.K)}
				for _, ws := range rep.Rows {
					if ws.Theme == th && ws.Region == rg {
						cells[i][j] = heatCell{Share: ws.Share, Label: fmt.Sprintf("%d%% zonder goed antwoord, %d aanbiedingen", int(ws.Share*100+0.5), ws.Offers)}
					}
				}
			}
		}
		return map[string]any{"Title": "Witte vlekken: thema × regio", "Report": rep,
			"Chart": heatmap("Aandeel vragen zonder goed antwoord", rowNames, colNames, cells)}, nil
	})
}

func (h *Handler) reach(w http.ResponseWriter, r *http.Request) {
	h.analystPage(w, r, "reach", func(f filter) (map[string]any, error) {
		qs, region, err := h.load(r, f, f.From, f.To)
		if err != nil {
			return nil, err
		}
		rep := demand.Reach(qs, h.reportOptions(region))
		var bars []barRow
		for _, row := range rep.Rows {
			bars = append(bars, barRow{Label: h.placeName(row.Region), Value: row.Entrepreneurs,
				Note: fmt.Sprintf("%d (%s%%)", row.Entrepreneurs, strconv.FormatFloat(row.Share*100, 'f', 1, 64))})
		}
		target := demand.ReachTarget
		if len(rep.Rows) > 0 {
			target = rep.Rows[0].Target
		}
		c := hbars("Ondernemers bereikt per regio, tegen het doel", bars, target, target)
		return map[string]any{"Title": "Bereik per regio", "Report": rep, "Target": target, "Chart": c}, nil
	})
}

func (h *Handler) emerging(w http.ResponseWriter, r *http.Request) {
	h.analystPage(w, r, "emerging", func(f filter) (map[string]any, error) {
		prevFrom := f.From.Add(-f.To.Sub(f.From))
		qs, region, err := h.load(r, f, prevFrom, f.To)
		if err != nil {
			return nil, err
		}
		var cur, prev []wegwijzer.DemandEvent
		for _, q := range qs {
			if q.Time.Before(f.From) {
				prev = append(prev, q)
			} else {
				cur = append(cur, q)
			}
		}
		rep := demand.Emerging(cur, prev, h.reportOptions(region))
		var bars []barRow
		for _, t := range rep.Terms {
			was := fmt.Sprintf("was <%d", rep.K)
			if t.Previous != nil {
				was = "was " + strconv.Itoa(*t.Previous)
			}
			bars = append(bars, barRow{Label: t.Word, Value: t.Entrepreneurs, Note: fmt.Sprintf("%d (%s)", t.Entrepreneurs, was)})
		}
		return map[string]any{"Title": "Opkomende woorden in vragen zonder goed antwoord", "Report": rep,
			"PrevFrom": prevFrom.Format(time.DateOnly), "PrevTo": f.From.Add(-time.Nanosecond).Format(time.DateOnly),
			"Chart": hbars("Ondernemers per woord, deze periode", bars, 0, 0)}, nil
	})
}

// exportCSV is the CLI's export (demand export --format csv) with the page's filters; by as the CLI's --by.
func (h *Handler) exportCSV(w http.ResponseWriter, r *http.Request) {
	f, err := h.parseFilter(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	by := r.URL.Query().Get("by")
	if by == "" {
		by = "week,region,theme"
	}
	dims, err := demand.ParseDimensions(by)
	if err != nil {
		http.Error(w, "by: "+wegwijzer.ErrorMessage(err), http.StatusBadRequest)
		return
	}
	t, err := h.exportTable(r, f, dims)
	if err != nil {
		h.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="wegwijzer-vraag-%s-%s.csv"`, f.From.Format("20060102"), f.To.Add(-time.Nanosecond).Format("20060102")))
	if err := t.WriteCSV(w); err != nil {
		h.slog.Warn("dashboard: export", "err", err)
	}
}
