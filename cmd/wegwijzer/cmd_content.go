package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer/content"
)

func runContent(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return usagef("want a subcommand: content check [DIR] | content stats [--json] [DIR] | content stale [--days 365] [--source-months 24] [--all] [--json] [DIR]")
	}
	switch args[0] {
	case "check":
		return runContentCheck(e, args[1:])
	case "stats":
		return runContentStats(e, args[1:])
	case "stale":
		return runContentStale(e, args[1:])
	}
	return usagef("unknown content subcommand %q (want check, stats or stale)", args[0])
}

func contentArg(e env, fs interface{ Args() []string }, rest []string) (string, error) {
	switch len(rest) {
	case 0:
		return envOr(e, "WEGWIJZER_CONTENT", ""), nil
	case 1:
		return rest[0], nil
	}
	return "", usagef("at most one content folder")
}

func runContentCheck(e env, args []string) error {
	fs := newFlags(e, "content check")
	quiet := fs.Bool("q", false, "print errors only, no warnings")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	dir, err := contentArg(e, fs, rest)
	if err != nil {
		return err
	}
	fsys, name, err := contentFS(dir)
	if err != nil {
		return err
	}
	cat, problems, _ := content.Load(fsys, content.Options{Now: time.Now()})
	warnings := 0
	for _, p := range problems {
		if p.Warning {
			warnings++
			if *quiet {
				continue
			}
		}
		fmt.Fprintln(e.stdout, p.String())
	}
	if errs := problems.Errors(); len(errs) > 0 {
		return fmt.Errorf("%s: %d error(s), %d warning(s)", name, len(errs), warnings)
	}
	fmt.Fprintf(e.stdout, "%s: ok: %d offers, %d answers, %d themes, %d places, %d sectors, %d synonyms, %d communities; %d warning(s)\n",
		name, len(cat.Offers), len(cat.Answers), len(cat.Themes), cat.Geography.Len(), len(cat.Sectors), len(cat.Synonyms), len(cat.Communities), warnings)
	return nil
}

// contentStats is the JSON of content stats.
type contentStats struct {
	Offers   int                       `json:"offers"`
	IDs      []string                  `json:"ids"`
	ByTheme  map[string]int            `json:"by_theme"`
	ByRegion map[string]int            `json:"by_region"`
	ByKind   map[string]int            `json:"by_kind"`
	ByStatus map[string]int            `json:"by_status"`
	Cells    map[string]map[string]int `json:"theme_region_kind"` // theme -> region -> kind counts "kind=n"
	Answers  int                       `json:"answers"`
}

func runContentStats(e env, args []string) error {
	fs := newFlags(e, "content stats")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	dir, err := contentArg(e, fs, rest)
	if err != nil {
		return err
	}
	cat, err := loadCatalogue(dir)
	if err != nil {
		return err
	}
	st := contentStats{Offers: len(cat.Offers), ByTheme: map[string]int{}, ByRegion: map[string]int{}, ByKind: map[string]int{},
		ByStatus: map[string]int{}, Cells: map[string]map[string]int{}, Answers: len(cat.Answers)}
	for _, o := range cat.Offers {
		st.IDs = append(st.IDs, o.ID)
		st.ByKind[string(o.Kind)]++
		st.ByStatus[string(o.Status)]++
		for _, r := range o.Regions {
			st.ByRegion[r]++
		}
		for _, t := range o.Themes {
			st.ByTheme[t]++
			for _, r := range o.Regions {
				key := r + "/" + string(o.Kind)
				if st.Cells[t] == nil {
					st.Cells[t] = map[string]int{}
				}
				st.Cells[t][key]++
			}
		}
	}
	sort.Strings(st.IDs)
	if *asJSON {
		return writeJSON(e.stdout, st)
	}
	fmt.Fprintf(e.stdout, "offers: %d, answers: %d\n", st.Offers, st.Answers)
	printCounts(e, "by theme", st.ByTheme)
	printCounts(e, "by kind", st.ByKind)
	printCounts(e, "by region", st.ByRegion)
	printCounts(e, "by status", st.ByStatus)
	fmt.Fprintln(e.stdout, "\ntheme x region x kind (empty cells are white spots in the catalogue):")
	themes := sortedKeys(st.Cells)
	for _, t := range themes {
		fmt.Fprintf(e.stdout, "  %s\n", t)
		for _, k := range sortedKeys(st.Cells[t]) {
			fmt.Fprintf(e.stdout, "    %-50s %d\n", k, st.Cells[t][k])
		}
	}
	return nil
}

func printCounts(e env, title string, m map[string]int) {
	fmt.Fprintf(e.stdout, "\n%s:\n", title)
	for _, k := range sortedKeys(m) {
		fmt.Fprintf(e.stdout, "  %-40s %d\n", k, m[k])
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// runContentStale lists the offers and answers due for a check: last checked too long ago, or with a newest dated
// source older than --source-months, or without a dated source.
func runContentStale(e env, args []string) error {
	fs := newFlags(e, "content stale")
	days := fs.Int("days", 365, "list what was last checked more than this many days ago")
	months := fs.Int("source-months", 24, "list what has its newest dated source more than this many months old, or no dated source (0: leave sources out)")
	all := fs.Bool("all", false, "list every offer and answer with its newest source, due or not")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *days < 0 {
		return usagef("--days must be 0 or more")
	}
	if *months < 0 {
		return usagef("--source-months must be 0 or more")
	}
	dir, err := contentArg(e, fs, rest)
	if err != nil {
		return err
	}
	fsys, name, err := contentFS(dir)
	if err != nil {
		return err
	}
	now := e.clock()
	cat, _, err := content.Load(fsys, content.Options{Now: now})
	if err != nil {
		return fmt.Errorf("%s: %w (run content check)", name, err)
	}
	due := cat.Stale(now, content.StaleOptions{CheckedAge: time.Duration(*days) * 24 * time.Hour, SourceMonths: *months, All: *all})
	if *asJSON {
		if due == nil {
			due = []content.Due{}
		}
		return writeJSON(e.stdout, due)
	}
	printStale(e, due, *days, *months)
	n := content.Count(due)
	fmt.Fprintf(e.stdout, "%s: %d of %d offers and answers last checked more than %d days ago", name, n.CheckOverdue, len(cat.Offers)+len(cat.Answers), *days)
	if *months > 0 {
		fmt.Fprintf(e.stdout, "; %d with the newest dated source more than %d months old (before %s; an ended offer's counted from its end), %d without a dated source",
			n.SourceOld, *months, content.SourceCutoff(now, *months).Format(time.DateOnly), n.NoDatedSource)
	}
	fmt.Fprintf(e.stdout, "; %d whose status no longer fits; %d due in all", n.Status, n.Due)
	fmt.Fprintln(e.stdout)
	return nil
}

// printStale prints due in its groups, each under a heading, one line each: the date that makes it due, the file,
// the status and the title; an ended offer also shows when it ended and what replaced it, the two things it must
// still say.
func printStale(e env, due []content.Due, days, months int) {
	heading := ""
	for _, d := range due {
		var h string
		switch {
		case d.CheckOverdue:
			h = fmt.Sprintf("last checked more than %d days ago (last check, days, newest source, status):", days)
		case d.SourceOld:
			h = fmt.Sprintf("newest dated source more than %d months old, for an ended offer counted from its end (newest source, months, last check, status):", months)
		case d.NoDatedSource:
			h = "no source has a date (last check, status):"
		case d.ReplacementEnded || d.PastValidUntil:
			h = "status no longer fits (newest source, months, last check, status):"
		default:
			h = "not due (newest source, months, last check, status):"
		}
		if h != heading {
			if heading != "" {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintln(e.stdout, h)
			heading = h
		}
		src, age := "-", "-"
		if d.SourceMonths != nil {
			src, age = d.NewestSource, fmt.Sprintf("%d mo", *d.SourceMonths)
		}
		title := d.Title + statusDetail(d)
		switch {
		case d.CheckOverdue:
			fmt.Fprintf(e.stdout, "  %s  %5d days  %-10s  %-11s  %s  %s\n", d.LastChecked, d.Days, src, statusLabel(d), d.File, title)
		case d.NoDatedSource:
			fmt.Fprintf(e.stdout, "  %s  %-11s  %s  %s\n", d.LastChecked, statusLabel(d), d.File, title)
		default:
			fmt.Fprintf(e.stdout, "  %-10s  %6s  %s  %-11s  %s  %s\n", src, age, d.LastChecked, statusLabel(d), d.File, title)
		}
	}
	if len(due) > 0 {
		fmt.Fprintln(e.stdout)
	}
}

// statusLabel is an offer's status, with a question mark when no recent source confirms it still runs; "answer"
// for a curated answer.
func statusLabel(d content.Due) string {
	if d.Status == "" {
		return "answer"
	}
	if d.Unconfirmed {
		return string(d.Status) + "?"
	}
	return string(d.Status)
}

// statusDetail says, after the title, what an ended offer must still say (when it ended, what replaced it) and
// why a status no longer fits.
func statusDetail(d content.Due) string {
	var parts []string
	if d.Ended() {
		end := "ended, no closed_since"
		if d.ClosedSince != "" {
			end = "ended " + d.ClosedSince
		}
		parts = append(parts, end)
		switch {
		case d.ReplacementEnded:
			parts = append(parts, "replaced by "+d.ReplacedBy+", which ended too")
		case d.ReplacedBy != "":
			parts = append(parts, "replaced by "+d.ReplacedBy)
		default:
			parts = append(parts, "no replaced_by: the status_note must say what to use now")
		}
	}
	if d.PastValidUntil {
		parts = append(parts, "valid_until has passed but it is not marked gesloten")
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, "; ") + "]"
}
