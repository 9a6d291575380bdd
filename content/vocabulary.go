package content

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

func (l *loader) loadThemes() {
	const file = "themes.yaml"
	data := l.readFile(file, true)
	if data == nil {
		return
	}
	node := l.decode(file, data, &l.cat.Themes)
	lines := items(node, "")
	seen := map[string]bool{}
	for i, t := range l.cat.Themes {
		f := at(lines, i)
		if !kebab.MatchString(t.ID) {
			l.add(file, f.line("id"), fmt.Sprintf("[%d].id", i), "%q is not a kebab-case id", t.ID)
		}
		if seen[t.ID] {
			l.add(file, f.line("id"), fmt.Sprintf("[%d].id", i), "duplicate theme id %q", t.ID)
		}
		seen[t.ID] = true
		if t.Label == "" || t.LabelEN == "" {
			l.add(file, f["-"], fmt.Sprintf("[%d].label", i), "label and label_en are required")
		}
		for _, tp := range t.Topics {
			if seen[tp.ID] {
				l.add(file, f.line("topics"), fmt.Sprintf("[%d].topics", i), "duplicate topic id %q", tp.ID)
			}
			seen[tp.ID] = true
		}
	}
}

type regionsFile struct {
	Provinces []struct {
		ID       string   `yaml:"id"`
		Name     string   `yaml:"name"`
		AltNames []string `yaml:"alt_names"`
	} `yaml:"provinces"`
	Regions []struct {
		ID       string   `yaml:"id"`
		Name     string   `yaml:"name"`
		Kind     string   `yaml:"kind"`
		AltNames []string `yaml:"alt_names"`
		Members  []string `yaml:"members"`
	} `yaml:"regions"`
	Municipalities []struct {
		ID                string   `yaml:"id"`
		Name              string   `yaml:"name"`
		Code              string   `yaml:"code"`
		Province          string   `yaml:"province"`
		Corop             string   `yaml:"corop"`
		Arbeidsmarktregio string   `yaml:"arbeidsmarktregio"`
		AltNames          []string `yaml:"alt_names"`
	} `yaml:"municipalities"`
}

func (l *loader) loadRegions() {
	const file = "regions.yaml"
	data := l.readFile(file, false)
	if data == nil {
		return
	}
	var rf regionsFile
	node := l.decode(file, data, &rf)
	g := l.cat.Geography
	dup := func(f fields, field, id string) bool {
		if g.Place(id) != nil {
			l.add(file, f.line("id"), field, "duplicate region id %q", id)
			return true
		}
		return false
	}
	provLines := items(node, "provinces")
	for i, p := range rf.Provinces {
		f := at(provLines, i)
		if !strings.HasPrefix(p.ID, "provincie-") || !kebab.MatchString(p.ID) {
			l.add(file, f.line("id"), fmt.Sprintf("provinces[%d].id", i), "%q: want provincie-<slug>", p.ID)
		}
		if !dup(f, fmt.Sprintf("provinces[%d].id", i), p.ID) {
			g.add(&Place{ID: p.ID, Name: p.Name, Kind: KindProvincie, AltNames: p.AltNames, Within: []string{"nl"}})
		}
	}
	regLines := items(node, "regions")
	for i, r := range rf.Regions {
		f := at(regLines, i)
		kind := PlaceKind(r.Kind)
		if kind != KindRegio && kind != KindCorop && r.Kind != "pilot" {
			l.add(file, f.line("kind"), fmt.Sprintf("regions[%d].kind", i), "unknown kind %q (want pilot, regio or corop)", r.Kind)
		}
		if r.Kind == "pilot" {
			kind = KindRegio
		}
		if !kebab.MatchString(r.ID) {
			l.add(file, f.line("id"), fmt.Sprintf("regions[%d].id", i), "%q is not a kebab-case id", r.ID)
		}
		if !dup(f, fmt.Sprintf("regions[%d].id", i), r.ID) {
			g.add(&Place{ID: r.ID, Name: r.Name, Kind: kind, AltNames: r.AltNames})
		}
	}
	munLines := items(node, "municipalities")
	for i, m := range rf.Municipalities {
		f := at(munLines, i)
		field := fmt.Sprintf("municipalities[%d]", i)
		if !strings.HasPrefix(m.ID, "gemeente-") || !kebab.MatchString(m.ID) {
			l.add(file, f.line("id"), field+".id", "%q: want gemeente-<slug>", m.ID)
		}
		if p := g.Place(m.Province); p == nil || p.Kind != KindProvincie {
			l.add(file, f.line("province"), field+".province", "unknown province %q", m.Province)
		}
		within := []string{m.Province}
		if m.Corop != "" {
			if p := g.Place(m.Corop); p == nil {
				l.add(file, f.line("corop"), field+".corop", "unknown region %q", m.Corop)
			} else {
				within = append(within, m.Corop)
			}
		}
		if !dup(f, field+".id", m.ID) {
			g.add(&Place{ID: m.ID, Name: m.Name, Kind: KindGemeente, AltNames: m.AltNames, Within: within, Province: m.Province})
		}
	}
	g.addPartNames()
	// Regions contain their members. A region lies within a province when all its members do; one that spans
	// provinces lies within the country and overlaps each of them.
	for i, r := range rf.Regions {
		f := at(regLines, i)
		region := g.Place(r.ID)
		var provinces []string
		for _, id := range r.Members {
			m := g.Place(id)
			if m == nil || m.Kind != KindGemeente {
				l.add(file, f.line("members"), fmt.Sprintf("regions[%d].members", i), "unknown municipality %q", id)
				continue
			}
			if !slices.Contains(m.Within, r.ID) {
				m.Within = append(m.Within, r.ID)
			}
			if !slices.Contains(provinces, m.Province) {
				provinces = append(provinces, m.Province)
			}
		}
		switch {
		case region == nil:
		case len(provinces) == 1:
			region.Within = provinces
		default:
			region.Within, region.Overlaps = []string{"nl"}, provinces
		}
	}
}

func (l *loader) loadSectors() {
	const file = "sectors.yaml"
	data := l.readFile(file, false)
	if data == nil {
		return
	}
	node := l.decode(file, data, &l.cat.Sectors)
	lines := items(node, "")
	ids, words := map[string]bool{}, map[string]string{}
	for i, s := range l.cat.Sectors {
		f := at(lines, i)
		if !kebab.MatchString(s.ID) || ids[s.ID] {
			l.add(file, f.line("id"), fmt.Sprintf("[%d].id", i), "%q is not a unique kebab-case id", s.ID)
		}
		ids[s.ID] = true
		for _, w := range s.Words {
			w = strings.ToLower(strings.TrimSpace(w))
			if other, ok := words[w]; ok && other != s.ID {
				l.add(file, f.line("words"), fmt.Sprintf("[%d].words", i), "word %q is also in sector %q", w, other)
			}
			words[w] = s.ID
		}
	}
}

func (l *loader) loadSynonyms() {
	const file = "synonyms.yaml"
	data := l.readFile(file, false)
	if data == nil {
		return
	}
	node := l.decode(file, data, &l.cat.Synonyms)
	lines := items(node, "")
	for i, s := range l.cat.Synonyms {
		f := at(lines, i)
		if len(s.Words) == 0 || len(s.Means) == 0 {
			l.add(file, f["-"], fmt.Sprintf("[%d]", i), "words and means must both be non-empty")
		}
		for _, w := range append(slices.Clone(s.Words), s.Means...) {
			if strings.TrimSpace(w) == "" {
				l.add(file, f["-"], fmt.Sprintf("[%d]", i), "empty word")
			}
		}
	}
}

func (l *loader) checkSynonymReach() {
	if len(l.cat.Synonyms) == 0 || len(l.cat.Offers) == 0 {
		return
	}
	var all strings.Builder
	for _, o := range l.cat.Offers {
		for _, t := range []string{o.Title, o.Summary, o.Provider, o.NextStep.Who, strings.Join(o.Aliases, " "),
			strings.Join(o.Keywords, " "), strings.Join(o.Eligibility, " ")} {
			all.WriteString(Fold(strings.ToLower(t)))
			all.WriteByte('\n')
		}
	}
	text := all.String()
	data, _ := fs.ReadFile(l.fsys, "synonyms.yaml")
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	var lines []fields
	if len(root.Content) > 0 {
		lines = items(root.Content[0], "")
	}
	for i, s := range l.cat.Synonyms {
		for _, m := range s.Means {
			if !strings.Contains(text, Fold(strings.ToLower(strings.TrimSpace(m)))) {
				l.warn("synonyms.yaml", at(lines, i)["-"], fmt.Sprintf("[%d].means", i), "%q occurs in no offer, so it cannot help a search (add it to the keywords of the offers it means, or use their words)", m)
			}
		}
	}
}
