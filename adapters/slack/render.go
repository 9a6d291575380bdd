package slack

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/wegwijzer/wegwijzer"
)

// Slack's Block Kit limits (https://api.slack.com/reference/block-kit) that the rendering keeps to.
const (
	maxBlocks        = 50   // blocks in one message
	maxSectionText   = 3000 // characters of a section's text
	maxContextText   = 2000 // characters of a context element (ours; Slack allows more)
	maxButtonText    = 75   // characters of a button label
	maxButtonValue   = 2000 // characters of a button value
	maxButtonsAction = 25   // elements of one actions block
	maxURL           = 3000 // characters of a button URL
	maxFallback      = 3000 // characters of the notification text (Slack truncates at 40,000)
	maxQuestionEcho  = 500  // characters of an asker's question carried in buttons and shared messages
)

// Block and action ids. Buttons that continue the dialogue carry their conversation and option in the value, so
// that a click needs no other state.
const (
	blockOptions = "ww_opt"
	blockShare   = "ww_share"
	actionOption = "ww_opt_"  // + index
	actionShare  = "ww_share" // share an ephemeral answer in the channel
	actionLink   = "ww_link_" // + index; a URL button: Slack still sends the click, the adapter ignores it
	valueVersion = "v1"
)

// message is a rendered Slack message.
type message struct {
	Text   string // notification text; mrkdwn, safe
	Blocks []slack.Block
}

// renderOpts say what a rendered reply carries besides the reply itself.
type renderOpts struct {
	conv      string // conversation the buttons continue
	question  string // the asker's question (plain), echoed and carried along in ephemeral answers
	lang      string // label language when the reply has none: nl or en
	intro     string // a context line above the reply: safe mrkdwn
	share     bool   // add a "share in the channel" button (ephemeral answers)
	noOptions bool   // leave the dialogue buttons out (a shared copy)
	// step tells this rendering's buttons apart from those of earlier steps: an ephemeral message keeps its ts
	// when a step replaces it, so the click's identity is the ts plus the block id, which carries the step.
	step string
}

// label is an adapter text in Dutch and English.
type label struct{ nl, en string }

func (l label) in(lang string) string {
	if lang == "en" {
		return l.en
	}
	return l.nl
}

var labels = struct {
	open, share, shared, yourQuestion, sharedBy, chosen, trimmed, gone, shareFailed, groupMoney, groupRules, groupHelp label
}{
	open:         label{"Bekijk", "Open"},
	share:        label{"Deel in het kanaal", "Share in the channel"},
	shared:       label{"Gedeeld in het kanaal.", "Shared in the channel."},
	yourQuestion: label{"Je vraag", "Your question"},
	sharedBy:     label{"deelde een antwoord van Wegwijzer", "shared an answer from Wegwijzer"},
	chosen:       label{"Gekozen", "Chosen"},
	trimmed:      label{"… (ingekort)", "… (shortened)"},
	gone:         label{"Dit antwoord is niet meer beschikbaar. Stel je vraag opnieuw met /wegwijzer.", "This answer is no longer available. Ask again with /wegwijzer."},
	shareFailed:  label{"Delen lukte niet. Nodig Wegwijzer uit in dit kanaal of probeer het later opnieuw.", "Sharing did not work. Invite Wegwijzer to this channel or try again later."},
	groupMoney:   label{"Geld", "Money"},
	groupRules:   label{"Regels", "Rules"},
	groupHelp:    label{"Hulp en advies", "Help and advice"},
}

func groupLabel(g wegwijzer.Group) label {
	switch g {
	case wegwijzer.GroupMoney:
		return labels.groupMoney
	case wegwijzer.GroupRules:
		return labels.groupRules
	}
	return labels.groupHelp
}

// render turns a reply into a Block Kit message within Slack's limits: long text is split over sections and, past
// what fits in one message, shortened; labels, values and URLs are trimmed or left out. It never fails.
func render(r *wegwijzer.Reply, o renderOpts) message {
	lang := r.Language
	if lang == "" {
		lang = o.lang
	}
	var head, tail []slack.Block
	if o.intro != "" {
		head = append(head, contextBlock(o.intro))
	}
	if o.question != "" {
		head = append(head, contextBlock(labels.yourQuestion.in(lang)+": _"+safe(trimRunes(o.question, maxQuestionEcho, "…"))+"_"))
	}
	// Offers, grouped: money, rules, help.
	var group wegwijzer.Group = "-"
	for i, of := range r.Offers {
		if of.Group != group {
			group = of.Group
			if group != "" {
				tail = append(tail, contextBlock("*"+groupLabel(group).in(lang)+"*"))
			}
		}
		tail = append(tail, offerBlock(i, of, lang))
	}
	if r.NextStep != "" {
		tail = append(tail, sectionBlock(":point_right: "+safeTrim(r.NextStep, maxSectionText-20)))
	}
	if !o.noOptions {
		tail = append(tail, optionBlocks(r.Options, o)...)
	}
	if o.share {
		value := buttonValue(o.conv, "share", o.question)
		b := slack.NewButtonBlockElement(actionShare, value, plain(labels.share.in(lang)))
		id := blockShare
		if o.step != "" {
			id += "." + o.step
		}
		tail = append(tail, slack.NewActionBlock(id, b))
	}
	// The text gets what is left of the block budget; offers and buttons first make room for one text block.
	room := maxBlocks - len(head) - len(tail)
	if room < 1 {
		cut := len(tail) - (maxBlocks - len(head) - 1)
		tail = tail[:len(tail)-cut]
		room = 1
	}
	var text []slack.Block
	for _, chunk := range splitText(safe(r.Text), maxSectionText, room, labels.trimmed.in(lang)) {
		text = append(text, sectionBlock(chunk))
	}
	blocks := append(append(head, text...), tail...)
	fallback := safeTrim(r.Text, maxFallback)
	if strings.TrimSpace(fallback) == "" {
		fallback = "Wegwijzer"
	}
	if len(blocks) == 0 {
		blocks = []slack.Block{sectionBlock(fallback)}
	}
	return message{Text: fallback, Blocks: blocks}
}

func offerBlock(i int, of wegwijzer.OfferRef, lang string) slack.Block {
	var b strings.Builder
	b.WriteString("*" + safeTrim(of.Title, 300) + "*")
	if of.Provider != "" {
		b.WriteString(" · " + safeTrim(of.Provider, 200))
	}
	// A card: what you get, why it fits, the status in words; the classification line only when there is no
	// pitch (an older reply).
	for _, line := range []string{of.Pitch, of.Fit, of.StatusText} {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("\n" + safeTrim(line, 600))
		}
	}
	if of.Pitch == "" && of.Why != "" {
		b.WriteString("\n" + safeTrim(of.Why, 1000))
	}
	var acc *slack.Accessory
	if u := linkURL(of.URL); u != "" {
		btn := slack.NewButtonBlockElement(fmt.Sprintf("%s%d", actionLink, i), "", plain(labels.open.in(lang))).WithURL(u)
		acc = slack.NewAccessory(btn)
	}
	return slack.NewSectionBlock(mrkdwn(b.String()), nil, acc)
}

func optionBlocks(opts []wegwijzer.Option, o renderOpts) []slack.Block {
	var blocks []slack.Block
	var els []slack.BlockElement
	flush := func() {
		if len(els) > 0 {
			id := fmt.Sprintf("%s_%d", blockOptions, len(blocks))
			if o.step != "" {
				id += "." + o.step
			}
			blocks = append(blocks, slack.NewActionBlock(id, els...))
			els = nil
		}
	}
	for i, op := range opts {
		if op.Value == "" || strings.Contains(op.Value, "|") {
			continue
		}
		b := slack.NewButtonBlockElement(fmt.Sprintf("%s%d", actionOption, i), buttonValue(o.conv, op.Value, o.question), plain(op.Label))
		if op.Value == "feedback:yes" {
			b = b.WithStyle(slack.StylePrimary)
		}
		els = append(els, b)
		if len(els) == maxButtonsAction {
			flush()
		}
	}
	flush()
	return blocks
}

// newStep returns a random step id for renderOpts.step.
func newStep() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// buttonValue packs what a click needs: "v1|conversation|option|question". The question is trimmed so the value
// stays within Slack's limit.
func buttonValue(conv, option, question string) string {
	v := valueVersion + "|" + conv + "|" + option + "|"
	return v + trimBytes(question, min(maxQuestionEcho, maxButtonValue-len(v)))
}

// buttonPayload is an unpacked button value.
type buttonPayload struct {
	conv, option, question string
}

func parseButtonValue(v string) (buttonPayload, bool) {
	parts := strings.SplitN(v, "|", 4)
	if len(parts) != 4 || parts[0] != valueVersion || parts[1] == "" {
		return buttonPayload{}, false
	}
	return buttonPayload{conv: parts[1], option: parts[2], question: parts[3]}, true
}

// chosenBlocks is a clicked message after the click: its dialogue buttons replaced by what was chosen, so the
// thread shows the path and a button cannot be pressed twice.
func chosenBlocks(blocks []slack.Block, choice, lang string) []slack.Block {
	var out []slack.Block
	for _, b := range blocks {
		if ab, ok := b.(*slack.ActionBlock); ok && (strings.HasPrefix(ab.BlockID, blockOptions) || strings.HasPrefix(ab.BlockID, blockShare)) {
			continue
		}
		out = append(out, b)
	}
	out = append(out, contextBlock(":white_check_mark: "+labels.chosen.in(lang)+": *"+safeTrim(choice, maxButtonText)+"*"))
	if len(out) > maxBlocks {
		out = append(out[:maxBlocks-1], out[len(out)-1])
	}
	return out
}

func sectionBlock(text string) slack.Block { return slack.NewSectionBlock(mrkdwn(text), nil, nil) }

func contextBlock(text string) slack.Block {
	return slack.NewContextBlock("", mrkdwn(trimRunes(text, maxContextText, "…")))
}

func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, false)
}

func plain(text string) *slack.TextBlockObject {
	text = strings.TrimSpace(breakBroadcasts(text))
	if text == "" {
		text = "…"
	}
	return slack.NewTextBlockObject(slack.PlainTextType, trimRunes(text, maxButtonText, "…"), true, false)
}

// linkURL returns u when Slack accepts it as a button URL, or "".
func linkURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" || len(u) > maxURL {
		return ""
	}
	return u
}

// safe turns plain text into Slack mrkdwn that shows the same text and cannot notify anyone: &, < and > are
// escaped (so no <!channel>, <!here>, <@U...>, <!subteam^...> or link syntax survives), and the words @here,
// @channel and @everyone get an invisible break after the @.
func safe(s string) string {
	return breakBroadcasts(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s))
}

// breakBroadcasts puts an invisible space after the @ of @here, @channel and @everyone.
func breakBroadcasts(s string) string {
	return broadcastWord.ReplaceAllStringFunc(s, func(w string) string { return "@\u200b" + w[1:] })
}

var broadcastWord = regexp.MustCompile(`(?i)@(here|channel|everyone)\b`)

// safeTrim is safe(s) trimmed to at most n bytes without cutting an escape in half.
func safeTrim(s string, n int) string {
	out := safe(s)
	if len(out) <= n {
		return out
	}
	return cutSafe(out, n-len("…")) + "…"
}

// cutSafe cuts mrkdwn to at most n bytes at a rune boundary and before any escape ("&amp;") it would split.
func cutSafe(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if amp := strings.LastIndexByte(s[:cut], '&'); amp >= 0 && cut-amp < len("&amp;") && !strings.Contains(s[amp:cut], ";") {
		cut = amp
	}
	return s[:cut]
}

// splitText splits safe mrkdwn into at most max chunks of at most n bytes, preferring paragraph, line and word
// boundaries. Text that does not fit is shortened and ends with more.
func splitText(s string, n, max int, more string) []string {
	s = strings.TrimSpace(s)
	var chunks []string
	for s != "" {
		if len(chunks) == max-1 && len(s) > n {
			chunks = append(chunks, strings.TrimSpace(cutSafe(s, n-len(more)-1))+" "+more)
			break
		}
		if len(s) <= n {
			chunks = append(chunks, s)
			break
		}
		head := cutSafe(s, n)
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(head, sep); i > n/2 {
				head = head[:i]
				break
			}
		}
		if strings.TrimSpace(head) == "" {
			head = cutSafe(s, n)
		}
		chunks = append(chunks, strings.TrimSpace(head))
		s = strings.TrimSpace(s[len(head):])
	}
	return chunks
}

// trimRunes shortens s to at most n characters, ending with more when it was cut.
func trimRunes(s string, n int, more string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-utf8.RuneCountInString(more)]) + more
}

// trimBytes shortens s to at most n bytes at a rune boundary.
func trimBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// slackMarkup matches Slack's angle-bracket syntax in incoming text: mentions, special mentions, channels, links.
var slackMarkup = regexp.MustCompile(`<([^<>]*)>`)

// plainText turns the text of an incoming Slack message into what the person wrote, for the dialogue: the bot's
// own mention is removed, other mentions, channels and links become their readable form, and Slack's escapes are
// undone. Whatever of it is echoed later goes through safe again.
func plainText(s, botUser string) string {
	s = slackMarkup.ReplaceAllStringFunc(s, func(m string) string {
		inner := m[1 : len(m)-1]
		target, text, hasText := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botUser != "" && target[1:] == botUser {
				return ""
			}
			// The user id, never the display name: a name is personal data, the id is scrubbed as a mention.
			return target
		case strings.HasPrefix(target, "!"):
			special := target[1:]
			switch {
			case special == "here" || special == "channel" || special == "everyone":
				return "@" + special
			case strings.HasPrefix(special, "subteam^"):
				return "@team"
			}
			return text
		case strings.HasPrefix(target, "#"):
			if hasText {
				return "#" + text
			}
			return target
		}
		if hasText {
			return text
		}
		return strings.TrimPrefix(target, "mailto:")
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// mentionsOthers reports whether Slack text mentions a person or group other than the bot.
func mentionsOthers(s, botUser string) bool {
	for _, m := range slackMarkup.FindAllStringSubmatch(s, -1) {
		target, _, _ := strings.Cut(m[1], "|")
		if strings.HasPrefix(target, "@") && target[1:] != botUser {
			return true
		}
		if strings.HasPrefix(target, "!subteam^") {
			return true
		}
	}
	return false
}
