// Command genregions generates content/regions.yaml from the municipality reference table
// (gemeenten.tsv: CBS "Gebieden in Nederland 2026", one row per municipality) plus the
// hand-maintained pilot regions defined in this file.
//
// Usage:
//
//	go run ./internal/tools/genregions -in PATH/gemeenten.tsv -out content/regions.yaml
//
// The tsv has one header line and the tab-separated columns
// code, name, province, corop, arbeidsmarktregio, alt_names (alt_names separated by '|').
// Provinces and COROP regions are derived from the rows; pilot regions are defined below and
// every member must be an existing municipality id, otherwise the command fails.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// provinceOrder is the CBS order of the provinces (PV20 to PV31).
var provinceOrder = []string{
	"Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
	"Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
}

// provinceAltNames are common names of provinces next to the CBS name.
var provinceAltNames = map[string][]string{
	"Fryslân":       {"Friesland", "Fryslan"},
	"Noord-Brabant": {"Brabant"},
}

// extraAltNames are alternative names added to those in the tsv, keyed by CBS code.
// Colloquial names and common spellings only; names of former municipalities are deliberately
// left out (they are other entities, see the mergers in gemeenten.README.md).
var extraAltNames = map[string][]string{
	"GM0505": {"Dordt"},                                      // Dordrecht
	"GM0531": {"H.I. Ambacht", "HI Ambacht", "H.I.-Ambacht"}, // Hendrik-Ido-Ambacht
	"GM1876": {"Bronkhorst"},                                 // Bronckhorst (common misspelling)
	"GM1509": {"Oude Ysselstreek"},                           // Oude IJsselstreek
}

// pilot is a hand-maintained named region.
type pilot struct {
	ID, Name string
	AltNames []string
	Basis    string   // what the membership is based on (written as a comment)
	Members  []string // municipality names as in the tsv
}

// pilots are the pilot regions of Wegwijzer. Memberships follow the public composition of each
// cooperation (Regio Zwolle and Regio West-Brabant as listed by the regions themselves and by
// plaatsengids.nl; the others as commonly published). Check them with the region before relying
// on them for eligibility: an offer's region decides who may apply, a pilot only who is served.
var pilots = []pilot{
	{
		ID: "regio-zwolle", Name: "Regio Zwolle", AltNames: []string{"Zwolle en omgeving"},
		Basis: "the 22 municipalities of the Regio Zwolle cooperation (Overijssel, Gelderland, Drenthe, Flevoland), " +
			"incl. Elburg (2016), Hoogeveen (2018) and Nunspeet (2020)",
		Members: []string{"Dalfsen", "De Wolden", "Dronten", "Elburg", "Hardenberg", "Hattem", "Heerde", "Hoogeveen",
			"Kampen", "Meppel", "Noordoostpolder", "Nunspeet", "Oldebroek", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst",
			"Steenwijkerland", "Urk", "Westerveld", "Zwartewaterland", "Zwolle"},
	},
	{
		ID: "regio-west-brabant", Name: "Regio West-Brabant", AltNames: []string{"West-Brabant", "RWB"},
		Basis: "the 16 Noord-Brabant municipalities of the Regio West-Brabant cooperation; the Zeeland municipality " +
			"Tholen also takes part in some of its work but is not a member here",
		Members: []string{"Alphen-Chaam", "Altena", "Baarle-Nassau", "Bergen op Zoom", "Breda", "Drimmelen", "Etten-Leur",
			"Geertruidenberg", "Halderberge", "Moerdijk", "Oosterhout", "Roosendaal", "Rucphen", "Steenbergen",
			"Woensdrecht", "Zundert"},
	},
	{
		ID: "regio-westelijke-mijnstreek", Name: "Westelijke Mijnstreek", AltNames: []string{},
		Basis:   "the three municipalities of the Westelijke Mijnstreek in Zuid-Limburg",
		Members: []string{"Sittard-Geleen", "Beek (L.)", "Stein (L.)"},
	},
	{
		ID: "regio-stedendriehoek", Name: "Stedendriehoek",
		AltNames: []string{"Apeldoorn-Deventer", "Cleantech Regio", "Cleantech Region", "Regio Stedendriehoek"},
		Basis:    "the 8 municipalities of the Cleantech Regio (Stedendriehoek); Heerde is also a member of Regio Zwolle",
		Members:  []string{"Apeldoorn", "Deventer", "Zutphen", "Brummen", "Epe", "Lochem", "Voorst", "Heerde"},
	},
	{
		ID: "regio-drechtsteden", Name: "Drechtsteden", AltNames: []string{"Regio Drechtsteden"},
		Basis: "the 7 municipalities of the Drechtsteden; the same 7 form the CBS 2026 arbeidsmarktregio Drechtsteden",
		Members: []string{"Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht", "Hendrik-Ido-Ambacht", "Alblasserdam",
			"Hardinxveld-Giessendam"},
	},
	{
		ID: "regio-achterhoek", Name: "Regio Achterhoek", AltNames: []string{"Achterhoek"},
		Basis: "the 8 municipalities of the Regio Achterhoek cooperation (the same 8 form the arbeidsmarktregio " +
			"Achterhoek); the COROP region Achterhoek is larger (it adds Brummen, Lochem and Zutphen)",
		Members: []string{"Aalten", "Berkelland", "Bronckhorst", "Doetinchem", "Montferland", "Oost Gelre",
			"Oude IJsselstreek", "Winterswijk"},
	},
}

type municipality struct {
	Code, Name, Province, Corop, AMR string
	AltNames                         []string
	ID                               string
}

var foldMap = map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ĳ': "ij", 'ø': "o"}

// foldFrom and foldTo map a Latin letter with a diacritic to its base letter (rune i of foldFrom to
// byte i of foldTo). Standard library only, so no unicode normalisation: this covers the lower-case
// letters of Latin-1 Supplement and Latin Extended-A.
const (
	foldFrom = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž"
	foldTo   = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnoooooooorrrsssstttuuuuuuuuuuwyyyzzz"
)

var foldTable = func() map[rune]rune {
	from := []rune(foldFrom)
	if len(from) != len(foldTo) {
		panic("genregions: foldFrom and foldTo differ in length")
	}
	t := make(map[rune]rune, len(from))
	for i, r := range from {
		t[r] = rune(foldTo[i])
	}
	return t
}()

// slug lower-cases s, folds accents, replaces every run of other characters by '-' and trims '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := foldTable[r]; ok {
			r = f
		}
		if rep, ok := foldMap[r]; ok {
			b.WriteString(rep)
			dash = false
			continue
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// norm is the comparison key of a name: lowercase, accents folded, punctuation ignored.
func norm(s string) string { return strings.ReplaceAll(slug(s), "-", "") }

var (
	plainRe  = regexp.MustCompile(`^[\p{L}0-9][\p{L}0-9 ./()\-]*$`)
	numberRe = regexp.MustCompile(`^[0-9.\-]+$`)
)

var reserved = map[string]bool{"y": true, "n": true, "yes": true, "no": true, "true": true, "false": true,
	"on": true, "off": true, "null": true, "~": true}

// q writes a YAML scalar for a flow context: plain when safe, double-quoted otherwise.
func q(s string) string {
	if s != "" && plainRe.MatchString(s) && !reserved[strings.ToLower(s)] && !strings.HasSuffix(s, " ") &&
		!numberRe.MatchString(s) {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func list(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = q(x)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// addAlt appends the names in add to alts, skipping empty names, the name itself and duplicates
// (compared case-sensitively after trimming, so that spelling variants the tsv lists stay).
func addAlt(name string, alts []string, add ...string) []string {
	seen := map[string]bool{name: true}
	for _, a := range alts {
		seen[a] = true
	}
	for _, a := range add {
		a = strings.TrimSpace(a)
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		alts = append(alts, a)
	}
	return alts
}

func main() {
	in := flag.String("in", "", "path of gemeenten.tsv")
	out := flag.String("out", "content/regions.yaml", "path of the YAML file to write")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "genregions: -in is required")
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genregions:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	munis, err := read(in)
	if err != nil {
		return err
	}

	byName := map[string]*municipality{}
	byID := map[string]*municipality{}
	for _, m := range munis {
		byName[m.Name] = m
		if o, dup := byID[m.ID]; dup {
			return fmt.Errorf("id %s used by %s and %s", m.ID, o.Code, m.Code)
		}
		byID[m.ID] = m
	}

	// Provinces.
	provIndex := map[string]int{}
	for i, p := range provinceOrder {
		provIndex[p] = i
	}
	provCount := map[string]int{}
	for _, m := range munis {
		if _, ok := provIndex[m.Province]; !ok {
			return fmt.Errorf("%s: unknown province %q", m.Code, m.Province)
		}
		provCount[m.Province]++
	}

	// COROP regions: each must lie in one province; ordered by province, then name.
	coropProv := map[string]string{}
	coropMembers := map[string][]string{}
	for _, m := range munis {
		if p, ok := coropProv[m.Corop]; ok && p != m.Province {
			return fmt.Errorf("COROP %q lies in %s and %s", m.Corop, p, m.Province)
		}
		coropProv[m.Corop] = m.Province
		coropMembers[m.Corop] = append(coropMembers[m.Corop], m.ID)
	}
	corops := make([]string, 0, len(coropProv))
	for c := range coropProv {
		corops = append(corops, c)
	}
	sort.Slice(corops, func(i, j int) bool {
		pi, pj := provIndex[coropProv[corops[i]]], provIndex[coropProv[corops[j]]]
		if pi != pj {
			return pi < pj
		}
		return corops[i] < corops[j]
	})

	// Pilot regions.
	pilotMembers := make([][]string, len(pilots))
	for i, p := range pilots {
		if p.ID != "regio-"+slug(strings.TrimPrefix(p.Name, "Regio ")) {
			return fmt.Errorf("pilot %s: id does not match name %q", p.ID, p.Name)
		}
		seen := map[string]bool{}
		for _, n := range p.Members {
			m, ok := byName[n]
			if !ok {
				return fmt.Errorf("pilot %s: no municipality named %q", p.ID, n)
			}
			if seen[m.ID] {
				return fmt.Errorf("pilot %s: %q listed twice", p.ID, n)
			}
			seen[m.ID] = true
			pilotMembers[i] = append(pilotMembers[i], m.ID)
		}
	}

	// Ambiguous names (a name or alternative shared by two municipalities) are reported, not fatal.
	keyOwner := map[string]string{}
	for _, m := range munis {
		for _, k := range append([]string{m.Name}, m.AltNames...) {
			nk := norm(k)
			if o, ok := keyOwner[nk]; ok && o != m.ID {
				fmt.Fprintf(os.Stderr, "genregions: note: %q is a name of both %s and %s\n", k, o, m.ID)
				continue
			}
			keyOwner[nk] = m.ID
		}
	}

	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("# Provinces, named regions and municipalities of the Netherlands on 1 January 2026.\n")
	w("#\n")
	w("# GENERATED by internal/tools/genregions from gemeenten.tsv; do not edit by hand, change the generator\n")
	w("# or the tsv and run:  go run ./internal/tools/genregions -in PATH/gemeenten.tsv -out content/regions.yaml\n")
	w("#\n")
	w("# Source of provinces, COROP regions, municipalities and labour-market regions: CBS \"Gebieden in Nederland\n")
	w("# 2026\" (StatLine 86247NED), via gemeenten.tsv (342 municipalities; see its README for provenance and checks).\n")
	w("# alt_names are hand-made, not from CBS: those of gemeenten.tsv plus a few added in the generator.\n")
	w("# The pilot regions (kind: pilot) are hand-maintained in the generator (the `pilots` table); their basis is\n")
	w("# noted above each one. COROP regions (kind: corop) are derived from the tsv.\n")
	w("#\n")
	w("# Ids: provincie-<slug>, regio-<slug>, corop-<slug>, gemeente-<slug>; slug = lower case, accents folded, every\n")
	w("# other run of characters replaced by '-'. CBS suffixes stay in the id (gemeente-bergen-l, gemeente-bergen-nh);\n")
	w("# the unsuffixed names are alt_names. Note: \"Bergen\" is an alt_name of both Bergen (L.) and Bergen (NH.), and\n")
	w("# Groningen and Utrecht are the names of both a province and a municipality.\n")
	w("\n")

	w("provinces:\n")
	for _, p := range provinceOrder {
		alts := provinceAltNames[p]
		if alts == nil {
			alts = []string{}
		}
		w("  - {id: provincie-%s, name: %s, alt_names: %s}  # %d municipalities\n", slug(p), q(p), list(alts), provCount[p])
	}

	w("\nregions:\n")
	w("  # --- pilot regions: hand-maintained in internal/tools/genregions (table `pilots`) ---\n")
	for i, p := range pilots {
		w("  # %s: %s.\n", p.ID, p.Basis)
		alts := p.AltNames
		if alts == nil {
			alts = []string{}
		}
		w("  - {id: %s, name: %s, kind: pilot, alt_names: %s, members: %s}\n", p.ID, q(p.Name), list(alts), list(pilotMembers[i]))
	}
	w("  # --- COROP regions (40), generated from gemeenten.tsv ---\n")
	for _, c := range corops {
		w("  - {id: corop-%s, name: %s, kind: corop, alt_names: [], members: %s}\n", slug(c), q(c), list(coropMembers[c]))
	}

	w("\nmunicipalities:\n")
	for _, m := range munis {
		alts := m.AltNames
		if alts == nil {
			alts = []string{}
		}
		w("  - {id: %s, name: %s, code: %s, province: provincie-%s, corop: corop-%s, arbeidsmarktregio: %s, alt_names: %s}\n",
			m.ID, q(m.Name), m.Code, slug(m.Province), slug(m.Corop), q(m.AMR), list(alts))
	}

	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "genregions: wrote %s: %d provinces, %d pilot + %d COROP regions, %d municipalities\n",
		out, len(provinceOrder), len(pilots), len(corops), len(munis))
	return nil
}

var codeRe = regexp.MustCompile(`^GM[0-9]{4}$`)

func read(path string) ([]*municipality, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var munis []*municipality
	line := 0
	codes := map[string]bool{}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if !strings.HasPrefix(text, "code\tname\tprovince\tcorop\tarbeidsmarktregio") {
				return nil, fmt.Errorf("%s:1: unexpected header %q", path, text)
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		cols := strings.Split(text, "\t")
		for len(cols) < 6 {
			cols = append(cols, "")
		}
		m := &municipality{Code: cols[0], Name: cols[1], Province: cols[2], Corop: cols[3], AMR: cols[4]}
		if !codeRe.MatchString(m.Code) || m.Name == "" || m.Province == "" || m.Corop == "" || m.AMR == "" {
			return nil, fmt.Errorf("%s:%d: incomplete row", path, line)
		}
		if codes[m.Code] {
			return nil, fmt.Errorf("%s:%d: duplicate code %s", path, line, m.Code)
		}
		codes[m.Code] = true
		m.ID = "gemeente-" + slug(m.Name)
		m.AltNames = addAlt(m.Name, nil, strings.Split(cols[5], "|")...)
		m.AltNames = addAlt(m.Name, m.AltNames, extraAltNames[m.Code]...)
		munis = append(munis, m)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for code := range extraAltNames {
		if !codes[code] {
			return nil, fmt.Errorf("extraAltNames: unknown code %s", code)
		}
	}
	return munis, nil
}
