package discord

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestRenderKeepsToDiscordLimits(t *testing.T) {
	long := strings.Repeat("lange uitleg ", 400)
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: long, NextStep: "Bel het Ondernemersplein: https://ondernemersplein.nl", Language: "nl"}
	for i := range 20 {
		r.Offers = append(r.Offers, wegwijzer.OfferRef{
			Title: fmt.Sprintf("Regeling %d %s", i, strings.Repeat("x", 300)), Provider: "RVO",
			Why: strings.Repeat("waarom ", 100), URL: fmt.Sprintf("https://example.nl/%d", i),
		})
	}
	for i := range 40 {
		r.Options = append(r.Options, wegwijzer.Option{Label: strings.Repeat("knop ", 30), Value: fmt.Sprintf("topic:%d", i)})
	}
	r.Options = append([]wegwijzer.Option{
		{Label: "te lang", Value: "topic:" + strings.Repeat("y", 100)},
		{Label: "dubbel", Value: "topic:0"},
		{Label: "", Value: ""},
	}, r.Options...)
	d := render(r, "")

	if n := utf8.RuneCountInString(d.Content); n > 2000 {
		t.Errorf("content has %d characters, want at most 2000", n)
	}
	for _, want := range []string{"👉 Bel het Ondernemersplein: <https://ondernemersplein.nl>", "(ingekort)", "past niet in dit bericht"} {
		if !strings.Contains(d.Content, want) {
			t.Errorf("content lacks %q", want)
		}
	}
	total := 0
	for _, e := range d.Embeds {
		total += embedSize(e)
	}
	if len(d.Embeds) == 0 || len(d.Embeds) > 10 || total > 6000 {
		t.Errorf("%d embeds of %d characters, want 1 to 10 of at most 6000", len(d.Embeds), total)
	}
	if e := d.Embeds[0]; !strings.HasPrefix(e.Title, "Regeling 0") || e.URL != "https://example.nl/0" {
		t.Errorf("first embed %q %q, want the first offer with its link", e.Title, e.URL)
	}
	if len(d.Components) != 5 {
		t.Fatalf("%d rows, want 5", len(d.Components))
	}
	seen := map[string]bool{}
	for _, row := range d.Components {
		buttons := row.(discordgo.ActionsRow).Components
		if len(buttons) != 5 {
			t.Errorf("row with %d buttons, want 5", len(buttons))
		}
		for _, c := range buttons {
			b := c.(discordgo.Button)
			if utf8.RuneCountInString(b.Label) > 80 || len(b.CustomID) > 100 || b.CustomID == "" || seen[b.CustomID] {
				t.Errorf("button %q (%q) breaks a limit or repeats", b.Label, b.CustomID)
			}
			seen[b.CustomID] = true
		}
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed mentions %+v, want none", d.AllowedMentions)
	}
}

func TestRenderOfferCards(t *testing.T) {
	tests := []struct {
		name string
		of   wegwijzer.OfferRef
		want discordgo.MessageEmbed
	}{
		{"a card", wegwijzer.OfferRef{Title: "WBSO", Provider: "RVO", Why: "innoveren", URL: "https://rvo.nl/wbso", Group: wegwijzer.GroupMoney,
			Pitch: "Minder loonheffing voor speur- en ontwikkelwerk", Fit: "Past bij je vraag over innoveren", StatusText: "Open"},
			discordgo.MessageEmbed{Title: "WBSO", URL: "https://rvo.nl/wbso", Description: "Minder loonheffing voor speur- en ontwikkelwerk", Color: 0x1f7a4d,
				Fields: []*discordgo.MessageEmbedField{{Name: "Waarom dit past", Value: "Past bij je vraag over innoveren"}, {Name: "Status", Value: "Open"}},
				Footer: &discordgo.MessageEmbedFooter{Text: "RVO"}}},
		{"markdown in catalogue text is escaped", wegwijzer.OfferRef{Title: "a*b_c", Why: "x|y", Group: wegwijzer.GroupHelp},
			discordgo.MessageEmbed{Title: `a\*b\_c`, Description: `x\|y`, Color: 0x154273}},
		{"a link that is not http is left out", wegwijzer.OfferRef{Title: "T", URL: "javascript:alert(1)"}, discordgo.MessageEmbed{Title: "T"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := json.Marshal(offerEmbed(tt.of, "nl"))
			want, _ := json.Marshal(&tt.want)
			if string(got) != string(want) {
				t.Errorf("got %s, want %s", got, want)
			}
		})
	}
}

// TestRenderAnswerGolden pins the rendering of an answer with cards, in English (go test -update rewrites it).
func TestRenderAnswerGolden(t *testing.T) {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Language: "en",
		Text: "For your question about energy I found one scheme for money and one rule to follow:",
		Offers: []wegwijzer.OfferRef{
			{ID: "eia", Title: "Energy Investment Allowance (EIA)", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/eia", Group: wegwijzer.GroupMoney,
				Pitch: "Deduct an extra 40% of your investment from your profit", Fit: "Fits your question about saving or generating energy", StatusText: "Ongoing: you can use it at any time"},
			{ID: "energiebesparingsplicht", Title: "Energiebesparingsplicht", Provider: "RVO", URL: "https://www.rvo.nl/onderwerpen/energiebesparingsplicht", Group: wegwijzer.GroupRules,
				Pitch: "Take the energy saving measures that pay back within 5 years", Fit: "Almost: only for businesses up to 250 staff", StatusText: "Ongoing: you can use it at any time"},
		},
		NextStep: "Next step: RVO. Report the investment within 3 months via eLoket. https://www.rvo.nl/subsidies-financiering/eia",
		Options:  []wegwijzer.Option{{Label: "Yes, this helps", Value: "feedback:yes"}, {Label: "No", Value: "feedback:no"}, {Label: "How do I apply?", Value: "ask:apply"}},
	}
	got, err := json.MarshalIndent(render(r, "nl"), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "render_answer.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (go test -update writes it)", err)
	}
	if string(got)+"\n" != string(want) {
		t.Errorf("rendering differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

func TestRenderWithoutOptionsClearsButtons(t *testing.T) {
	d := render(&wegwijzer.Reply{Text: "Klaar."}, "en")
	if d.Components == nil || len(d.Components) != 0 {
		t.Errorf("components %v, want an empty list", d.Components)
	}
	if d.Content != "Klaar." {
		t.Errorf("content %q", d.Content)
	}
}
