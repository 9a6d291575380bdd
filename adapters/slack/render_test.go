package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// pings finds anything in a message that would notify people: Slack's mention syntax, or a broadcast word that
// is not broken by the invisible space.
var pings = regexp.MustCompile(`<[!@]|(?i)(^|[^\x{200b}])@(here|channel|everyone)\b`)

func sampleReply() *wegwijzer.Reply {
	return &wegwijzer.Reply{
		Conversation: mentionConv, Kind: wegwijzer.ReplyAnswer, Language: "nl",
		Text: "Dit zijn de regelingen en hulp die het best bij je vraag passen:",
		Offers: []wegwijzer.OfferRef{
			{ID: "eia", Title: "Energie-investeringsaftrek (EIA)", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/eia", Group: wegwijzer.GroupMoney, Why: "fiscale regeling · verduurzaming · landelijk",
				Pitch: "40% van je investering extra aftrekken van je winst", Fit: "Past bij je vraag over energie besparen of opwekken", StatusText: "Open: je kunt het nu gebruiken"},
			{ID: "mia-vamil", Title: "MIA en Vamil", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/mia-vamil", Group: wegwijzer.GroupMoney, Why: "fiscale regeling · verduurzaming · landelijk"},
			{ID: "energiebesparingsplicht", Title: "Energiebesparingsplicht", Provider: "RVO", URL: "https://www.rvo.nl/onderwerpen/energiebesparingsplicht", Group: wegwijzer.GroupRules, Why: "wet of regel · verduurzaming"},
			{ID: "ondernemersplein", Title: "KvK Ondernemersplein", Provider: "KvK", URL: "not a url", Group: wegwijzer.GroupHelp, Why: "informatie"},
		},
		NextStep: "Bel RVO: 088 042 42 42, of kijk op rvo.nl.",
		Options: []wegwijzer.Option{
			{Label: "Ja, dit helpt", Value: "feedback:yes"}, {Label: "Nee", Value: "feedback:no"},
			{Label: "Iets anders", Value: "cmd:refine"}, {Label: "Opnieuw beginnen", Value: "cmd:restart"},
			{Label: "Praat met een mens", Value: "cmd:handoff"},
		},
	}
}

func TestRenderAnswerGolden(t *testing.T) {
	m := render(sampleReply(), renderOpts{conv: mentionConv})
	got, err := json.MarshalIndent(map[string]any{"text": m.Text, "blocks": m.Blocks}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := json.Marshal(m.Blocks)
	if err := checkMessage(m.Text, string(blocks)); err != nil {
		t.Fatalf("Slack would refuse the message: %v", err)
	}
	path := filepath.Join("testdata", "render_answer.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
		t.Errorf("rendered answer differs from %s (run go test -update after checking):\n%s", path, got)
	}
}

func TestRenderStaysWithinSlacksLimits(t *testing.T) {
	words := strings.Repeat("Subsidie & regels voor <ondernemers> in Zwolle. ", 1000)[:40000]
	tests := []struct {
		name    string
		reply   *wegwijzer.Reply
		opts    renderOpts
		trimmed bool
	}{
		{"a 40,000-character text is split, not cut", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: words}, renderOpts{}, false},
		{"one 40,000-character word", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: strings.Repeat("x", 40000)}, renderOpts{}, false},
		{"200,000 characters are shortened", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: strings.Repeat(words, 5)}, renderOpts{}, true},
		{"ampersands at every boundary", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: strings.Repeat("&", 20000)}, renderOpts{}, false},
		{"multibyte text", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: strings.Repeat("één ĳs ", 6000)}, renderOpts{}, false},
		{"long labels, titles and question", &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: "kort",
			Offers:  []wegwijzer.OfferRef{{Title: strings.Repeat("Titel ", 2000), Provider: strings.Repeat("P", 5000), Why: strings.Repeat("w", 5000), URL: "https://example.nl/" + strings.Repeat("a", 4000)}},
			Options: []wegwijzer.Option{{Label: strings.Repeat("Een heel lang label ", 20), Value: "theme:x"}}},
			renderOpts{conv: mentionConv, question: strings.Repeat("vraag ", 10000), share: true}, false},
		{"sixty buttons", &wegwijzer.Reply{Kind: wegwijzer.ReplyClarify, Text: "Kies", Options: manyOptions(60)}, renderOpts{conv: mentionConv}, false},
		{"empty reply", &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo}, renderOpts{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := render(tt.reply, tt.opts)
			blocks, err := json.Marshal(m.Blocks)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkMessage(m.Text, string(blocks)); err != nil {
				t.Fatalf("Slack would refuse the message: %v", err)
			}
			if utf8.RuneCountInString(m.Text) > maxFallback {
				t.Errorf("notification text of %d characters", utf8.RuneCountInString(m.Text))
			}
			var text strings.Builder
			for _, b := range m.Blocks {
				var v struct {
					Type string                `json:"type"`
					Text struct{ Text string } `json:"text"`
				}
				js, _ := json.Marshal(b)
				_ = json.Unmarshal(js, &v)
				if v.Type == "section" {
					if s := v.Text.Text; strings.Contains(s[max(0, len(s)-5):], "&") && !strings.HasSuffix(s, ";") {
						t.Errorf("a section ends in a broken escape: %q", s[max(0, len(s)-8):])
					}
					text.WriteString(v.Text.Text)
				}
			}
			if got := strings.Contains(text.String(), "(ingekort)"); got != tt.trimmed {
				t.Errorf("shortened = %v, want %v", got, tt.trimmed)
			}
			if !tt.trimmed && tt.reply.Text != "" && len(tt.reply.Offers) == 0 && tt.opts.question == "" {
				want := strings.Join(strings.Fields(safe(tt.reply.Text)), "")
				if got := strings.Join(strings.Fields(text.String()), ""); got != want {
					t.Errorf("the text lost characters: got %d, want %d", len(got), len(want))
				}
			}
		})
	}
}

func manyOptions(n int) []wegwijzer.Option {
	var opts []wegwijzer.Option
	for i := range n {
		opts = append(opts, wegwijzer.Option{Label: fmt.Sprintf("Optie %d", i), Value: fmt.Sprintf("region:r%d", i)})
	}
	return opts
}

func TestSafeNeutralisesMentions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<!channel> kijk", "&lt;!channel&gt; kijk"},
		{"<!here|here> en <!everyone>", "&lt;!here|here&gt; en &lt;!everyone&gt;"},
		{"vraag <@U0OTHER01> of <!subteam^S0BESTUUR|@bestuur>", "vraag &lt;@U0OTHER01&gt; of &lt;!subteam^S0BESTUUR|@bestuur&gt;"},
		{"@here @Channel @everyone", "@\u200bhere @\u200bChannel @\u200beveryone"},
		{"R&D <https://evil.example|KvK>", "R&amp;D &lt;https://evil.example|KvK&gt;"},
		{"mail@heremans.nl", "mail@heremans.nl"},
	}
	for _, tt := range tests {
		if got := safe(tt.in); got != tt.want {
			t.Errorf("safe(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if pings.MatchString(safe(tt.in)) {
			t.Errorf("safe(%q) can still notify: %q", tt.in, safe(tt.in))
		}
	}
}

func TestPlainTextFromSlack(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@U0BOTUSER> Ik wil verduurzamen", "Ik wil verduurzamen"},
		{"<@U0BOTUSER|wegwijzer> hulp", "hulp"},
		{"vraag <@U0OTHER01> en <@U0OTHER02|piet>", "vraag @U0OTHER01 en @U0OTHER02"}, // ids, never display names
		{"<!channel> <!here|here> <!everyone>", "@channel @here @everyone"},
		{"<!subteam^S0BESTUUR|@bestuur> <!subteam^S0X>", "@team @team"},
		{"zie <#C0VRAGEN1|ondernemersvragen> en <https://www.kvk.nl|KvK> of <https://rvo.nl>", "zie #ondernemersvragen en KvK of https://rvo.nl"},
		{"<mailto:info@example.nl|info@example.nl>", "info@example.nl"},
		{"R&amp;D &lt;meer dan 10&gt; mensen", "R&D <meer dan 10> mensen"},
		{"<!date^1392734382^{date_short}|Feb 18, 2014>", "Feb 18, 2014"},
		{"  veel\n\nwitruimte  ", "veel witruimte"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in, "U0BOTUSER"); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEchoedTextCannotPingAnyone(t *testing.T) {
	const pingy = "<@U0BOTUSER> <!channel> <!here> <!everyone> <@U0OTHER01> <!subteam^S0BESTUUR|@bestuur> @here help"
	echo := turnerFunc(func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
		return &wegwijzer.Reply{Conversation: m.Conversation, Kind: wegwijzer.ReplyAnswer, Text: "Je vroeg: " + m.Text,
			Offers:  []wegwijzer.OfferRef{{Title: m.Text, Provider: m.Text, Why: m.Text, URL: "https://www.kvk.nl/"}},
			Options: []wegwijzer.Option{{Label: m.Text, Value: "feedback:yes"}}, NextStep: m.Text}, nil
	})
	h := newHarness(t, echo)
	body := strings.Replace(string(mustRead(t, "app_mention.json")), "<@U0BOTUSER> Ik wil mijn bedrijf verduurzamen", jsonEscape(pingy), 1)
	if rec := h.send("/slack/events", []byte(body)); rec.Code != 200 {
		t.Fatal(rec.Code)
	}
	h.a.idle()
	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies, want 1", len(posts))
	}
	got := textOf(t, posts[0])
	if loc := pings.FindStringIndex(got); loc != nil {
		t.Errorf("the reply can notify people (%q):\n%s", got[loc[0]:loc[1]], got)
	}
	if !strings.Contains(got, "@\u200bchannel @\u200bhere @\u200beveryone @U0OTHER01 @team") {
		t.Errorf("the echo should still show what was written, harmlessly:\n%s", got)
	}

	t.Run("slash command and its shared copy", func(t *testing.T) {
		h := newHarness(t, nil)
		h.command("<!channel> <@U0OTHER01> subsidie voor een elektrische bestelbus @everyone")
		eph := h.fake.delivered("chat.postEphemeral")
		if len(eph) != 1 {
			t.Fatalf("got %d answers", len(eph))
		}
		if loc := pings.FindStringIndex(textOf(t, eph[0])); loc != nil {
			t.Errorf("the ephemeral answer can notify people:\n%s", textOf(t, eph[0]))
		}
		var share button
		for _, b := range buttonsOf(t, eph[0]) {
			if b.ActionID == actionShare {
				share = b
			}
		}
		if share.Value == "" {
			t.Fatal("the answer has no share button: the engine should answer this question with offers")
		}
		eph[0].TS = "1715000200.000500"
		h.click("block_actions_ephemeral.json", eph[0], share, "pingshare")
		pub := h.fake.delivered("chat.postMessage")
		if len(pub) != 1 {
			t.Fatalf("got %d shared messages", len(pub))
		}
		// The sharer is named on purpose (<@U0ASKER03>); nothing the asker typed may notify anyone.
		shared := strings.Replace(textOf(t, pub[0]), "<@U0ASKER03>", "", 1)
		if loc := pings.FindStringIndex(shared); loc != nil {
			t.Errorf("the shared answer can notify people:\n%s", shared)
		}
	})
}

func TestForty000CharacterMessage(t *testing.T) {
	long := strings.Repeat("Ik zoek subsidie voor zonnepanelen op mijn bedrijfspand. ", 800)[:40000]
	h := newHarness(t, nil)
	body := strings.Replace(string(mustRead(t, "app_mention.json")), "Ik wil mijn bedrijf verduurzamen", long, 1)
	if rec := h.send("/slack/events", []byte(body)); rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	h.a.idle()
	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies to a 40,000-character message, want 1", len(posts))
	}
	if got := textOf(t, posts[0]); !strings.Contains(got, "tekens lang; ik kan er 4.000 lezen") {
		t.Errorf("want the polite request to shorten the question, got:\n%s", got)
	}

	t.Run("as a slash command", func(t *testing.T) {
		h := newHarness(t, nil)
		h.command(long)
		eph := h.fake.delivered("chat.postEphemeral")
		if len(eph) != 1 {
			t.Fatalf("got %d answers, want 1", len(eph))
		}
		for _, b := range buttonsOf(t, eph[0]) {
			if len(b.Value) > maxButtonValue {
				t.Errorf("button value of %d bytes", len(b.Value))
			}
		}
	})
}

func TestButtonValueRoundTrip(t *testing.T) {
	v := buttonValue(mentionConv, "topic:energie", strings.Repeat("é", 2000))
	if len(v) > maxButtonValue {
		t.Fatalf("value of %d bytes", len(v))
	}
	got, ok := parseButtonValue(v)
	if !ok || got.conv != mentionConv || got.option != "topic:energie" || !utf8.ValidString(got.question) {
		t.Errorf("parseButtonValue = %+v, %v", got, ok)
	}
	for _, bad := range []string{"", "v2|c|o|q", "v1||o|q", "v1|c"} {
		if _, ok := parseButtonValue(bad); ok {
			t.Errorf("parseButtonValue(%q) accepted", bad)
		}
	}
}
