// Package content loads and validates the curated catalogue: offers, curated answers, themes, regions, sectors,
// synonyms and communities. The catalogue is data in YAML files; the built-in copy is embedded into the binary
// and a folder can replace it. Every problem is reported with its file, line and field.
package content

import (
	"embed"
	"io/fs"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

//go:embed offers answers *.yaml
var builtin embed.FS

// Builtin returns the catalogue embedded in the binary.
func Builtin() fs.FS { return builtin }

// Theme is an entry of the theme vocabulary, with the topics that narrow it.
type Theme struct {
	ID      string   `yaml:"id" json:"id"`
	Label   string   `yaml:"label" json:"label"`
	LabelEN string   `yaml:"label_en" json:"label_en"`
	Words   []string `yaml:"words" json:"words"`
	Topics  []Topic  `yaml:"topics" json:"topics"`
}

// Topic narrows a theme (energie within verduurzaming).
type Topic struct {
	ID      string   `yaml:"id" json:"id"`
	Label   string   `yaml:"label" json:"label"`
	LabelEN string   `yaml:"label_en" json:"label_en"`
	Words   []string `yaml:"words" json:"words"`
}

// Sector is an SBI section with the words entrepreneurs use for a business in it.
type Sector struct {
	ID      string   `yaml:"id" json:"id"`
	SBI     string   `yaml:"sbi" json:"sbi"`
	Label   string   `yaml:"label" json:"label"`
	LabelEN string   `yaml:"label_en" json:"label_en"`
	Words   []string `yaml:"words" json:"words"`
}

// Synonym maps entrepreneur words to the policy words offers use.
type Synonym struct {
	Words []string `yaml:"words" json:"words"`
	Means []string `yaml:"means" json:"means"`
}

// Manager is a role that handles hand-offs in a community; never a personal name.
type Manager struct {
	Role    string `yaml:"role" json:"role"`
	Contact string `yaml:"contact" json:"contact"`
}

// Community is a place where the bot lives: a Slack workspace, a Discord server or a web chat.
type Community struct {
	ID          string    `yaml:"id" json:"id"`
	Name        string    `yaml:"name" json:"name"`
	Platform    string    `yaml:"platform" json:"platform"`
	Workspace   string    `yaml:"workspace" json:"workspace"`
	Channels    []string  `yaml:"channels" json:"channels"`
	Region      string    `yaml:"region" json:"region"`
	Language    string    `yaml:"language" json:"language"`
	Managers    []Manager `yaml:"managers" json:"managers"`
	PrivacyText string    `yaml:"privacy_text" json:"privacy_text"`
}

// Requirements are the coverage rules of a catalogue (catalogue.yaml): ids that must be present and minimum sizes.
type Requirements struct {
	RequiredOffers    []string `yaml:"required_offers"`
	MinOffers         int      `yaml:"min_offers"`
	MinPerRegion      int      `yaml:"min_per_region"`
	RegionsWithOffers []string `yaml:"regions_with_offers"`
}

// Catalogue is everything the bot knows. It is read-only after Load and safe for concurrent use.
type Catalogue struct {
	Offers      []*wegwijzer.Offer
	Answers     []*wegwijzer.Answer
	Themes      []Theme
	Geography   *Geography
	Sectors     []Sector
	Synonyms    []Synonym
	Communities []Community

	offers map[string]*wegwijzer.Offer
}

// Offer returns the offer with the id, or nil.
func (c *Catalogue) Offer(id string) *wegwijzer.Offer { return c.offers[id] }

// Answer returns the curated answer with the id, or nil.
func (c *Catalogue) Answer(id string) *wegwijzer.Answer {
	for _, a := range c.Answers {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Theme returns the theme with the id, or nil.
func (c *Catalogue) Theme(id string) *Theme {
	for i := range c.Themes {
		if c.Themes[i].ID == id {
			return &c.Themes[i]
		}
	}
	return nil
}

// Sector returns the sector with the id, or nil.
func (c *Catalogue) Sector(id string) *Sector {
	for i := range c.Sectors {
		if c.Sectors[i].ID == id {
			return &c.Sectors[i]
		}
	}
	return nil
}

// Community returns the community with the id, or nil.
func (c *Catalogue) Community(id string) *Community {
	for i := range c.Communities {
		if c.Communities[i].ID == id {
			return &c.Communities[i]
		}
	}
	return nil
}

// CommunityByWorkspace returns the community bound to a platform workspace (and channel, when the community names
// channels), or nil.
func (c *Catalogue) CommunityByWorkspace(platform, workspace, channel string) *Community {
	var best *Community
	for i := range c.Communities {
		cm := &c.Communities[i]
		if cm.Platform != platform || cm.Workspace != workspace || workspace == "" {
			continue
		}
		if channel != "" && slices.Contains(cm.Channels, channel) {
			return cm
		}
		if best == nil {
			best = cm
		}
	}
	return best
}

// topicTheme returns the theme a topic id belongs to.
func (c *Catalogue) topicTheme(topic string) string {
	for _, t := range c.Themes {
		for _, tp := range t.Topics {
			if tp.ID == topic {
				return t.ID
			}
		}
	}
	return ""
}

// Slug returns the id form of a name: lower case, accents folded, other runs of characters replaced by '-'.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(strings.ToLower(name)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// Fold replaces accented Latin letters by their plain form (â -> a, ë -> e, ĳ -> ij).
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var folds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u",
	'ý': "y", 'ÿ': "y", 'ç': "c", 'ñ': "n", 'ĳ': "ij",
	'À': "A", 'Á': "A", 'Â': "A", 'Ä': "A", 'È': "E", 'É': "E", 'Ê': "E", 'Ë': "E",
	'Ì': "I", 'Í': "I", 'Î': "I", 'Ï': "I", 'Ò': "O", 'Ó': "O", 'Ô': "O", 'Ö': "O",
	'Ù': "U", 'Ú': "U", 'Û': "U", 'Ü': "U", 'Ĳ': "IJ",
	'‘': "'", '’': "'",
}

// WithOffers returns a copy of the catalogue with other offers (for generated catalogues in benchmarks and
// tests); the reference data is shared.
func (c *Catalogue) WithOffers(offers []*wegwijzer.Offer) *Catalogue {
	cp := *c
	cp.Offers = offers
	cp.offers = make(map[string]*wegwijzer.Offer, len(offers))
	for _, o := range offers {
		cp.offers[o.ID] = o
	}
	return &cp
}
