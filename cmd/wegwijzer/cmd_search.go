package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
)

func runSearch(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "search")
	var c config
	c.flags(e, fs)
	asJSON := fs.Bool("json", false, "print JSON")
	top := fs.Int("top", 5, "at most this many results")
	explain := fs.Bool("explain", false, "print how the question is understood (for tuning)")
	region := fs.String("region", "", "the asker's region: a municipality, province or region name or id")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(rest, " "))
	if blank(text) {
		return usagef("a query is required: wegwijzer search [--json] [--top N] [--region R] QUERY...")
	}
	if *top < 1 || *top > 50 {
		return usagef("--top must be between 1 and 50")
	}
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return err
	}
	regionID, err := resolveRegion(cat, *region)
	if err != nil {
		return err
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, wegwijzer.Query{Text: text, Region: regionID, Top: *top})
	if err != nil {
		return err
	}
	if *explain {
		fmt.Fprint(e.stdout, ix.Explain(ctx, text))
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printResults(e.stdout, res)
	return nil
}

func resolveRegion(cat *content.Catalogue, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	id, ok := cat.Geography.Lookup(name)
	if !ok {
		return "", usagef("unknown region %q: give a municipality, province or region (e.g. Deventer, Overijssel, regio-achterhoek)", name)
	}
	return id, nil
}

func printResults(w io.Writer, res *wegwijzer.SearchResult) {
	if res.NoMatch {
		fmt.Fprintln(w, "Geen passend aanbod gevonden (no_match).")
		return
	}
	for i, r := range res.Results {
		fmt.Fprintf(w, "%d. %s (%s, %s) [%s] %.2f\n", i+1, r.Title, r.Provider, r.Kind, r.ID, r.Score)
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
