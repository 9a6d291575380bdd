// Package demandgen fills a demand log with generated dialogues, for trying the review, the exports and the
// reports: simulated entrepreneurs in several communities ask through the real engine, press buttons, give
// feedback, give up or ask for a person, spread over the past weeks. A development tool; its questions include
// personal data that the scrubber must take out.
package demandgen

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// Options say how much to generate.
type Options struct {
	Turns int       // generate about this many turns
	Seed  uint64    // the same seed gives the same dialogues
	Weeks int       // spread the conversations over this many weeks before Now
	Now   time.Time // the end of the period
}

// Stats count what was generated.
type Stats struct {
	Turns, Conversations int
	Kinds                map[wegwijzer.ReplyKind]int
}

// Run generates dialogues through handle (an engine's Handle) until about o.Turns turns were taken.
func Run(ctx context.Context, handle func(context.Context, wegwijzer.Message) (*wegwijzer.Reply, error), o Options) (*Stats, error) {
	if o.Turns < 1 || o.Weeks < 1 {
		return nil, errors.New("demandgen: turns and weeks must be positive")
	}
	g := &generator{r: rand.New(rand.NewPCG(o.Seed, 7)), now: o.Now.UTC(), weeks: o.Weeks}
	st := &Stats{Kinds: map[wegwijzer.ReplyKind]int{}}
	for st.Turns < o.Turns {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		kinds, err := g.conversation(ctx, handle)
		if err != nil {
			return st, err
		}
		st.Conversations++
		st.Turns += len(kinds)
		for _, k := range kinds {
			st.Kinds[k]++
		}
	}
	return st, nil
}

// generatedCommunity is a community of the generated run with the number of entrepreneurs in it.
type generatedCommunity struct {
	id       string
	platform string
	people   int
}

var generatedCommunities = []generatedCommunity{
	{"zwolle", "slack", 140}, {"west-brabant", "slack", 110}, {"stedendriehoek", "slack", 90},
	{"drechtsteden", "discord", 70}, {"achterhoek", "slack", 50}, {"westelijke-mijnstreek", "discord", 30},
	{"default", "web", 60},
	{"proeftuin", "web", 3}, // smaller than k: must not show in any export
}

// question is an entry of the generated question bank: rephrasings of one need, how often it is asked, and
// whether it only comes up in the last weeks (an emerging need).
type question struct {
	wordings []string
	weight   int
	recent   bool
}

var questionBank = []question{
	{[]string{"subsidie voor een elektrische bestelbus", "elektrische bestelbus subsidie", "Welke regeling is er voor een e-bestelbus?"}, 10, false},
	{[]string{"Ik wil mijn bedrijf verduurzamen", "hoe maak ik mijn bedrijf duurzamer", "verduurzamen"}, 12, false},
	{[]string{"zonnepanelen op het dak van mijn bedrijfspand", "subsidie zonnepanelen bedrijf"}, 8, false},
	{[]string{"personeel vinden", "ik kan geen personeel vinden", "hoe vind ik nieuwe medewerkers"}, 10, false},
	{[]string{"hoe bescherm ik mijn webshop tegen hackers", "we zijn gehackt, wat nu?"}, 6, false},
	{[]string{"lening voor een foodtruck", "financiering voor mijn startende zaak"}, 6, false},
	{[]string{"WBSO aanvragen voor software-ontwikkeling", "subsidie voor innovatie"}, 5, false},
	{[]string{"ik zoek een opvolger voor mijn bedrijf", "bedrijf overdragen aan mijn personeel"}, 4, false},
	{[]string{"moet mijn kantoor energielabel C hebben?", "energielabel kantoor verplicht"}, 4, false},
	{[]string{"eerste werknemer aannemen, waar moet ik op letten"}, 4, false},
	// Needs the catalogue does not serve well: the review and the white spots should show them.
	{[]string{"frituurvet afvoeren", "hoe kom ik van mijn frituurvet af", "waar laat ik oud frituurvet"}, 5, false},
	{[]string{"kan ik korting krijgen op de huur", "korting op huur bedrijfspand", "huurverlaging voor mijn winkel"}, 5, false},
	{[]string{"mijn klant betaalt niet", "klant betaalt factuur niet", "wanbetaler wat nu"}, 5, false},
	{[]string{"waar vind ik een boekhouder", "ik zoek een goede boekhouder"}, 4, false},
	{[]string{"vergunning voor een terras", "terrasvergunning aanvragen"}, 3, false},
	// Emerging: asked mostly in the last four weeks.
	{[]string{"cyberverzekering afsluiten", "heb ik een cyberverzekering nodig", "cyberverzekering voor mijn webshop"}, 7, true},
	{[]string{"huisvesting voor arbeidsmigranten", "woonruimte regelen voor buitenlandse werknemers"}, 5, true},
}

// personal data that entrepreneurs type; the scrubber must take it out.
var personalBits = []string{"bel me op 06-12345678", "mail naar jan@bakkerij-jansen.nl", "mijn KvK is 12345678",
	"wij zitten op Hoofdstraat 12", "groet, Piet de Vries", "app me: +31 6 87654321"}

type generator struct {
	r     *rand.Rand
	now   time.Time
	weeks int
}

func (g *generator) pickCommunity() generatedCommunity {
	total := 0
	for _, c := range generatedCommunities {
		total += c.people
	}
	n := g.r.IntN(total)
	for _, c := range generatedCommunities {
		if n < c.people {
			return c
		}
		n -= c.people
	}
	return generatedCommunities[0]
}

func (g *generator) pickQuestion(recent bool) string {
	total := 0
	for _, q := range questionBank {
		if !q.recent || recent {
			total += q.weight
		}
	}
	n := g.r.IntN(total)
	for _, q := range questionBank {
		if q.recent && !recent {
			continue
		}
		if n < q.weight {
			return q.wordings[g.r.IntN(len(q.wordings))]
		}
		n -= q.weight
	}
	return questionBank[0].wordings[0]
}

// conversation runs one generated dialogue and returns the kinds of the replies.
func (g *generator) conversation(ctx context.Context, handle func(context.Context, wegwijzer.Message) (*wegwijzer.Reply, error)) ([]wegwijzer.ReplyKind, error) {
	cm := g.pickCommunity()
	// Skewed: some entrepreneurs ask often.
	person := int(float64(cm.people) * g.r.Float64() * g.r.Float64())
	age := time.Duration(g.r.Int64N(int64(time.Duration(g.weeks) * 7 * 24 * time.Hour)))
	at := g.now.Add(-age)
	recent := age < 4*7*24*time.Hour
	m := wegwijzer.Message{
		Conversation: fmt.Sprintf("gen-%016x", g.r.Uint64()),
		User:         fmt.Sprintf("gen-%s-%d", cm.id, person),
		Community:    cm.id,
		Platform:     cm.platform,
	}
	if cm.id == "default" {
		m.Community = ""
	}
	text := g.pickQuestion(recent)
	if g.r.IntN(20) == 0 {
		text += ", " + personalBits[g.r.IntN(len(personalBits))]
	}
	var kinds []wegwijzer.ReplyKind
	send := func(text, option string) (*wegwijzer.Reply, error) {
		at = at.Add(time.Duration(20+g.r.IntN(100)) * time.Second)
		m.Text, m.Option, m.Time = text, option, at
		reply, err := handle(ctx, m)
		if err != nil && !errors.Is(err, wegwijzer.ErrDuplicate) {
			return nil, err
		}
		kinds = append(kinds, reply.Kind)
		return reply, nil
	}
	reply, err := send(text, "")
	if err != nil {
		return nil, err
	}
	for range 4 {
		switch reply.Kind {
		case wegwijzer.ReplyClarify:
			if g.r.IntN(6) == 0 {
				return kinds, nil // gives up: abandoned once the TTL has passed
			}
			reply, err = send("", g.pickOption(reply.Options))
		case wegwijzer.ReplyAnswer:
			switch x := g.r.IntN(10); {
			case x < 2:
				reply, err = send("", "feedback:yes")
			case x < 4:
				reply, err = send("", "feedback:no")
			case x == 4:
				reply, err = send("", "cmd:handoff")
			default:
				return kinds, nil
			}
		case wegwijzer.ReplyNoMatch:
			if g.r.IntN(4) == 0 {
				reply, err = send("", "cmd:handoff")
			} else {
				return kinds, nil
			}
		default:
			return kinds, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return kinds, nil
}

// pickOption presses a button of a clarifying question, mostly a real choice rather than "skip".
func (g *generator) pickOption(opts []wegwijzer.Option) string {
	var real []string
	for _, o := range opts {
		if !strings.HasSuffix(o.Value, ":-") && !strings.HasPrefix(o.Value, "cmd:") {
			real = append(real, o.Value)
		}
	}
	if len(real) == 0 || g.r.IntN(8) == 0 {
		if len(opts) == 0 {
			return "cmd:restart"
		}
		return opts[len(opts)-1].Value
	}
	return real[g.r.IntN(len(real))]
}
