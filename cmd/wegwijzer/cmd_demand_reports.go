package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
)

// --- exports and reports -------------------------------------------------------------------------------------

func runDemandExport(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "export")
	if err != nil {
		return err
	}
	var p period
	p.flags(fs, "of the export")
	by := fs.String("by", "week,region,theme", "dimensions, in column order: "+dimensionList())
	format := fs.String("format", "csv", "csv or json")
	out := fs.String("out", "", "write to this file instead of standard output")
	d.kFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := d.checkK(); err != nil {
		return err
	}
	dims, err := demand.ParseDimensions(*by)
	if err != nil {
		return usagef("--by: %s", wegwijzer.ErrorMessage(err))
	}
	if *format != "csv" && *format != "json" {
		return usagef("--format %q: want csv or json", *format)
	}
	from, to, err := p.parse(12 * 7)
	if err != nil {
		return err
	}
	cat, err := loadCatalogue(d.c.contentDir)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, to)
	if err != nil {
		return err
	}
	defer be.close()
	tbl := demand.Export(qs, demand.ExportOptions{By: dims, K: d.k, Region: demand.ReportingRegion(cat.Geography), From: from, To: to})
	w, closeOut, err := output(e, *out)
	if err != nil {
		return err
	}
	if *format == "csv" {
		err = tbl.WriteCSV(w)
	} else {
		err = writeJSON(w, tbl)
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "export %s t/m %s: %d cellen gepubliceerd (afgerond op %d), %d onderdrukt (minder dan k=%d ondernemers, of terug te rekenen uit totalen), %d communities onder k weggelaten\n",
		day(from), day(to.Add(-time.Nanosecond)), tbl.Published(), tbl.Round, tbl.SuppressedCells, tbl.K, tbl.SuppressedCommunities)
	return nil
}

func dimensionList() string {
	var s []string
	for _, d := range demand.Dimensions() {
		s = append(s, string(d))
	}
	return strings.Join(s, ",")
}

// output returns standard output, or a new file (0600: an export is for the analyst who asked for it).
func output(e env, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// reportCmd is the common part of whitespots, reach and emerging.
type reportCmd struct {
	*demandCmd
	p      period
	asJSON *bool
	low    *float64
}

// period checks k and reads --from/--to (default: the last days before today).
func (r *reportCmd) period(days int) (time.Time, time.Time, error) {
	if err := r.checkK(); err != nil {
		return time.Time{}, time.Time{}, err
	}
	return r.p.parse(days)
}

func newReportCmd(e env, name string) (*flag.FlagSet, *reportCmd, error) {
	fs, d, err := newDemandCmd(e, name)
	if err != nil {
		return nil, nil, err
	}
	r := &reportCmd{demandCmd: d}
	r.p.flags(fs, "of the period")
	r.asJSON = fs.Bool("json", false, "print JSON")
	r.low = fs.Float64("low-score", demand.DefaultLowScore, "an answer whose best offer scores below this counts as no good answer")
	d.kFlag(fs)
	return fs, r, nil
}

// load returns the catalogue, the questions of [from, to) and the report options.
func (r *reportCmd) load(ctx context.Context, from, to time.Time) (*content.Catalogue, []wegwijzer.DemandEvent, demand.ReportOptions, error) {
	cat, err := loadCatalogue(r.c.contentDir)
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	be, err := r.open()
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	defer be.close()
	qs, err := r.questions(ctx, be, from, to)
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	return cat, qs, demand.ReportOptions{K: r.k, LowScore: *r.low, Region: demand.ReportingRegion(cat.Geography)}, nil
}

func placeName(cat *content.Catalogue, id string) string {
	if p := cat.Geography.Place(id); p != nil {
		return p.Name
	}
	return id
}

func runDemandWhitespots(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "whitespots")
	if err != nil {
		return err
	}
	top := fs.Int("top", 25, "at most this many rows in the text output")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(12 * 7)
	if err != nil {
		return err
	}
	cat, qs, opts, err := r.load(ctx, from, to)
	if err != nil {
		return err
	}
	rep := demand.WhiteSpots(qs, cat, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Witte vlekken %s t/m %s (k=%d): thema x regio, meeste vragen zonder goed antwoord eerst\n", day(from), day(to.Add(-time.Nanosecond)), rep.K)
	fmt.Fprintf(e.stdout, "%d cellen onder k onderdrukt, %d communities onder k weggelaten\n\n", rep.SuppressedCells, rep.SuppressedCommunities)
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "thema\tregio\tvragen\tondernemers\tzonder goed antwoord\taandeel\taanbod in catalogus\t")
	for i, w := range rep.Rows {
		if i == *top {
			break
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.0f%%\t%d\t\n", w.Theme, placeName(cat, w.Region), w.Questions, w.Entrepreneurs, w.WithoutGoodAnswer, 100*w.Share, w.Offers)
	}
	return tw.Flush()
}

func runDemandReach(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "reach")
	if err != nil {
		return err
	}
	target := fs.Int("target", demand.ReachTarget, "entrepreneurs to reach per region (the action agenda: 2,500)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(12 * 7)
	if err != nil {
		return err
	}
	cat, qs, opts, err := r.load(ctx, from, to)
	if err != nil {
		return err
	}
	opts.Target = *target
	rep := demand.Reach(qs, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Bereik per regio %s t/m %s (k=%d, doel %d ondernemers per regio)\n", day(from), day(to.Add(-time.Nanosecond)), rep.K, opts.Target)
	fmt.Fprintf(e.stdout, "%d regio's onder k onderdrukt, %d communities onder k weggelaten\n\n", rep.SuppressedRegions, rep.SuppressedCommunities)
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "regio\tondernemers\tvragen\tvan doel\t")
	for _, row := range rep.Rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f%%\t\n", placeName(cat, row.Region), row.Entrepreneurs, row.Questions, 100*row.Share)
	}
	return tw.Flush()
}

func runDemandEmerging(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "emerging")
	if err != nil {
		return err
	}
	top := fs.Int("top", 20, "at most this many words")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(28)
	if err != nil {
		return err
	}
	prevFrom := from.Add(-to.Sub(from))
	_, qs, opts, err := r.load(ctx, prevFrom, to)
	if err != nil {
		return err
	}
	var cur, prev []wegwijzer.DemandEvent
	for _, q := range qs {
		if q.Time.Before(from) {
			prev = append(prev, q)
		} else {
			cur = append(cur, q)
		}
	}
	opts.Top = *top
	rep := demand.Emerging(cur, prev, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)),
			"previous_from": day(prevFrom), "previous_to": day(from.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Opkomende woorden in vragen zonder goed antwoord: %s t/m %s tegen %s t/m %s (k=%d)\n\n",
		day(from), day(to.Add(-time.Nanosecond)), day(prevFrom), day(from.Add(-time.Nanosecond)), rep.K)
	if len(rep.Terms) == 0 {
		fmt.Fprintln(e.stdout, "Geen woord dat door minstens k ondernemers vaker werd gebruikt dan in de vorige periode.")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "woord\tondernemers\tvorige periode\tvragen\t")
	for _, t := range rep.Terms {
		prev := fmt.Sprintf("<%d", rep.K)
		if t.Previous != nil {
			prev = strconv.Itoa(*t.Previous)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t\n", t.Word, t.Entrepreneurs, prev, t.Questions)
	}
	return tw.Flush()
}

func runDemandRetention(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "retention")
	if err != nil {
		return err
	}
	if _, err := parse(fs, args); err != nil {
		return err
	}
	be, err := d.open()
	if err != nil {
		return err
	}
	defer be.close()
	before := demandNow().Add(-d.s.retention)
	n, err := be.log.ExpireText(ctx, before)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Retentie: tekst van %d vragen van voor %s verwijderd; de tellingen blijven.\n", n, day(before))
	return nil
}
