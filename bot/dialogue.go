package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// turnState is the work of one turn on one conversation.
type turnState struct {
	e      *Engine
	cat    *content.Catalogue // the catalogue of this turn (Reload may swap the engine's meanwhile)
	search wegwijzer.Searcher
	conv   *wegwijzer.Conversation
	msg    wegwijzer.Message
	rec    *wegwijzer.TurnRecord
	lang   lang
	erased bool
}

type command int

const (
	cmdNone command = iota
	cmdHelp
	cmdRestart
	cmdPrivacy
	cmdForget
	cmdHandoff
	cmdRefine
)

// commands are matched on the whole message, lower case, without punctuation at the ends.
var commands = map[string]command{
	"help": cmdHelp, "hulp": cmdHelp, "/help": cmdHelp, "?": cmdHelp, "wat kun je": cmdHelp, "wat kan je": cmdHelp,
	"wat kun jij": cmdHelp, "what can you do": cmdHelp, "menu": cmdHelp,
	"opnieuw": cmdRestart, "restart": cmdRestart, "reset": cmdRestart, "begin opnieuw": cmdRestart,
	"start over": cmdRestart, "opnieuw beginnen": cmdRestart, "nieuwe vraag": cmdRestart, "new question": cmdRestart,
	"privacy": cmdPrivacy, "wat bewaar je": cmdPrivacy, "what do you store": cmdPrivacy, "avg": cmdPrivacy,
	"vergeet mij": cmdForget, "vergeet me": cmdForget, "forget me": cmdForget, "wis mijn gegevens": cmdForget,
	"verwijder mijn gegevens": cmdForget, "delete my data": cmdForget, "erase my data": cmdForget,
	"mens": cmdHandoff, "adviseur": cmdHandoff, "een mens": cmdHandoff, "medewerker": cmdHandoff,
	"praat met een mens": cmdHandoff, "ik wil een mens spreken": cmdHandoff, "human": cmdHandoff,
	"talk to a person": cmdHandoff, "talk to a human": cmdHandoff, "person": cmdHandoff, "agent": cmdHandoff,
	"persoonlijk contact": cmdHandoff, "bel mij": cmdHandoff, "call me": cmdHandoff,
	"anders": cmdRefine, "iets anders": cmdRefine, "something else": cmdRefine, "other": cmdRefine,
}

var commandLang = map[string]lang{"what can you do": en, "start over": en, "new question": en, "what do you store": en,
	"forget me": en, "delete my data": en, "erase my data": en, "human": en, "talk to a person": en,
	"talk to a human": en, "person": en, "agent": en, "call me": en, "something else": en, "other": en, "restart": en}

func parseCommand(text string) (command, lang, bool) {
	key := strings.Join(strings.Fields(strings.Trim(strings.ToLower(text), " .!?,")), " ")
	if text == "?" {
		key = "?"
	}
	c, ok := commands[key]
	l, isEN := commandLang[key]
	return c, l, ok && isEN
}

var yesWords = set("ja jazeker zeker yes yep ja! jawel top super prima handig thanks bedankt dankjewel dank goed")
var noWords = set("nee no nope niet helaas neen")

func (t *turnState) step(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	t.lang = lang(c.Language)
	if t.lang == "" {
		if cm := t.cat.Community(c.Community); cm != nil && cm.Language != "" {
			t.lang = lang(cm.Language) // the community's language until the person shows theirs
		}
	}
	if l, sure := detectLanguage(t.msg.Text); sure || t.lang == "" {
		t.lang = l
	}
	cmd, cmdLang, sureEN := parseCommand(t.msg.Text)
	if sureEN {
		t.lang = cmdLang
	}
	if v, ok := strings.CutPrefix(t.msg.Option, "cmd:"); ok {
		cmd = map[string]command{"help": cmdHelp, "restart": cmdRestart, "privacy": cmdPrivacy, "forget": cmdForget, "handoff": cmdHandoff, "refine": cmdRefine}[v]
	}
	c.Language = string(t.lang)

	switch cmd {
	case cmdHelp:
		return t.info(texts.help.in(t.lang)), nil
	case cmdRestart:
		t.reset()
		c.State = StateNew
		return t.info(texts.restarted.in(t.lang)), nil
	case cmdPrivacy:
		text := texts.privacy.in(t.lang)
		if cm := t.cat.Community(c.Community); cm != nil && cm.PrivacyText != "" && t.lang == nl {
			text = cm.PrivacyText + "\n\n" + text
		}
		return t.info(text), nil
	case cmdForget:
		return t.forget(ctx)
	}
	if c.State == StateHandoff {
		return t.info(texts.handoffWaiting.in(t.lang)), nil
	}
	if cmd == cmdHandoff {
		return t.handoff(), nil
	}
	if cmd == cmdRefine {
		query := c.Slots[slotQuery]
		delete(c.Slots, slotTopic)
		delete(c.Slots, slotTheme)
		c.Asked = nil
		c.Slots[slotQuery] = query
		return t.askTheme(), nil
	}

	if t.msg.Option != "" {
		if reply := t.applyOption(); reply != nil {
			return reply, nil
		}
	} else {
		if reply := t.applyText(ctx); reply != nil {
			return reply, nil
		}
	}
	return t.decide(ctx)
}

func (t *turnState) reset() {
	c := t.conv
	c.Slots = map[string]string{}
	c.Asked = nil
	c.Handoff = ""
}

func (t *turnState) info(text string) *wegwijzer.Reply {
	return t.e.info(t.conv.ID, t.lang, text)
}

func (t *turnState) forget(ctx context.Context) (*wegwijzer.Reply, error) {
	// Erase the person who asks, not whoever started the conversation (in a shared thread they differ). A
	// person without a platform id is known to the demand log by this conversation.
	user := t.msg.User
	sctx, cancel := t.e.storeCtx(ctx)
	defer cancel()
	if user != "" {
		if _, err := t.e.store.EraseUser(sctx, user); err != nil {
			return nil, fmt.Errorf("erase user: %w", err)
		}
	}
	if t.e.opts.Hooks.Erase != nil {
		who := user
		if who == "" {
			who = "conversation:" + t.conv.ID
		}
		if _, err := t.e.opts.Hooks.Erase(sctx, who); err != nil {
			return nil, fmt.Errorf("erase user records: %w", err)
		}
	}
	if err := t.e.store.Delete(sctx, t.conv.ID); err != nil {
		return nil, fmt.Errorf("erase conversation: %w", err)
	}
	t.erased = true
	t.conv.State = StateNew
	return t.info(texts.erased.in(t.lang)), nil
}

func (t *turnState) handoff() *wegwijzer.Reply {
	c := t.conv
	c.State = StateHandoff
	c.Handoff = "open"
	t.rec.Handoff = true
	r := t.info(texts.handoff.in(t.lang))
	r.Kind = wegwijzer.ReplyHandoff
	if cm := t.cat.Community(c.Community); cm != nil && len(cm.Managers) > 0 {
		r.NextStep = cm.Managers[0].Role + ": " + cm.Managers[0].Contact
	}
	return r
}

// applyOption handles a pressed button. It returns a reply when the option ends the turn by itself.
func (t *turnState) applyOption() *wegwijzer.Reply {
	c := t.conv
	kind, value, _ := strings.Cut(t.msg.Option, ":")
	switch kind {
	case "theme":
		if t.cat.Theme(value) == nil {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[slotTheme] = value
		delete(c.Slots, slotTopic)
	case "topic":
		if t.topicOf(c.Slots[slotTheme], []string{value}) == "" {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[slotTopic] = value
	case "sector", "region", "size":
		// Only ids the catalogue knows: a button value comes from the client and could be anything.
		known := value == "-" || (kind == "sector" && t.cat.Sector(value) != nil) || (kind == "region" && t.cat.Geography.Place(value) != nil) ||
			(kind == "size" && slices.Contains(wegwijzer.Sizes(), value))
		if !known {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[kind] = value // "-" means: skipped
	case "feedback":
		return t.feedback(value == "yes")
	default:
		return t.info(texts.help.in(t.lang))
	}
	return nil
}

func (t *turnState) feedback(helped bool) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	if helped {
		t.rec.Feedback = "yes"
		return t.info(texts.feedbackThanks.in(t.lang))
	}
	t.rec.Feedback = "no"
	r := t.info(texts.feedbackSorry.in(t.lang))
	r.Options = t.afterAnswerOptions(false)
	return r
}

// applyText merges free text into the slots: an answer to the question asked, feedback, or (more of) a question.
func (t *turnState) applyText(ctx context.Context) *wegwijzer.Reply {
	c := t.conv
	text := t.msg.Text
	word := strings.Trim(strings.ToLower(text), " .!")
	if c.State == StateAnswered && (yesWords[word] || noWords[word]) {
		return t.feedback(yesWords[word])
	}
	if c.State == StateAnswered || c.State == StateNew {
		// A new question: start from the facts we know about the asker, not from the last question.
		region, sector, size := c.Slots[slotRegion], c.Slots[slotSector], c.Slots[slotSize]
		t.reset()
		if region != "" {
			c.Slots[slotRegion] = region
		}
		if sector != "" {
			c.Slots[slotSector] = sector
		}
		if size != "" {
			c.Slots[slotSize] = size
		}
	}
	if c.State == StateClarify && len(c.Asked) > 0 {
		if t.answerSlot(c.Asked[len(c.Asked)-1], word) {
			return nil
		}
	}
	if q := c.Slots[slotQuery]; q != "" {
		c.Slots[slotQuery] = q + " " + text
	} else {
		c.Slots[slotQuery] = text
	}
	return nil
}

// answerSlot fills the slot that was asked for from a free-text answer ("transport", "Deventer", "energie").
func (t *turnState) answerSlot(slot, word string) bool {
	c := t.conv
	cat := t.cat
	match := func(label string, ws []string) bool {
		if strings.EqualFold(label, word) {
			return true
		}
		for _, w := range ws {
			if strings.EqualFold(w, word) {
				return true
			}
		}
		return false
	}
	switch slot {
	case slotTheme:
		for _, th := range cat.Themes {
			if match(th.Label, th.Words) || match(th.LabelEN, nil) || th.ID == word {
				c.Slots[slotTheme] = th.ID
				return true
			}
		}
	case slotTopic:
		if th := cat.Theme(c.Slots[slotTheme]); th != nil {
			for _, tp := range th.Topics {
				if match(tp.Label, tp.Words) || match(tp.LabelEN, nil) || tp.ID == word {
					c.Slots[slotTopic] = tp.ID
					return true
				}
			}
		}
	case slotSector:
		for _, s := range cat.Sectors {
			if match(s.Label, s.Words) || match(s.LabelEN, nil) || s.ID == word {
				c.Slots[slotSector] = s.ID
				return true
			}
		}
		if isSkip(word) {
			c.Slots[slotSector] = "-"
			return true
		}
	case slotSize:
		if size := sizeOf(word); size != "" {
			c.Slots[slotSize] = size
			return true
		}
		if isSkip(word) {
			c.Slots[slotSize] = "-"
			return true
		}
	case slotRegion:
		if id, ok := cat.Geography.Lookup(word); ok {
			c.Slots[slotRegion] = id
			return true
		}
		if isSkip(word) {
			c.Slots[slotRegion] = "-"
			return true
		}
	}
	return false
}

func isSkip(w string) bool {
	switch w {
	case "-", "overslaan", "sla over", "skip", "weet niet", "geen", "anders", "other", "zeg ik liever niet", "heel nederland", "landelijk":
		return true
	}
	return false
}

// decide searches with what is known and either asks for what is still missing or answers.
func (t *turnState) decide(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	region := t.region()
	sector := c.Slots[slotSector]
	if sector == "-" {
		sector = ""
	}
	if c.Slots[slotSize] == "" {
		if size := sizeOf(c.Slots[slotQuery]); size != "" {
			c.Slots[slotSize] = size
		}
	}
	size := c.Slots[slotSize]
	if size == "-" {
		size = ""
	}
	q := wegwijzer.Query{Text: t.queryText(), Region: region, Sector: sector, Size: size, Top: maxOffers}
	if th := c.Slots[slotTheme]; th != "" {
		q.Themes = []string{th}
	}
	res, err := t.search.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// What the text taught us fills empty slots.
	if res.Region != "" && c.Slots[slotRegion] == "" {
		c.Slots[slotRegion] = res.Region
	}
	if res.Sector != "" && c.Slots[slotSector] == "" {
		c.Slots[slotSector] = res.Sector
	}
	if c.Slots[slotTheme] == "" && len(res.Themes) > 0 {
		c.Slots[slotTheme] = res.Themes[0]
	}
	if c.Slots[slotTopic] == "" && len(res.Topics) > 0 && t.topicOf(c.Slots[slotTheme], res.Topics) != "" {
		c.Slots[slotTopic] = t.topicOf(c.Slots[slotTheme], res.Topics)
	}
	t.rec.Region, t.rec.Sector = t.region(), c.Slots[slotSector]
	t.rec.Themes = res.Themes
	if th := c.Slots[slotTheme]; th != "" && !slices.Contains(t.rec.Themes, th) {
		t.rec.Themes = append([]string{th}, t.rec.Themes...)
	}
	t.rec.Phase = phaseOf(c.Slots[slotQuery])
	if len(res.Results) > 0 {
		t.rec.BestScore = res.Results[0].Score
	}

	// A question a curated text answers gets that text straight away ("mijn bedrijf is gehackt").
	if a := t.cat.Answer(first(res.Answers)); a != nil && len(c.Asked) == 0 {
		return t.curatedAnswer(a, res), nil
	}
	// Whether a question is broad is decided once, on its own words; the answers to clarifying questions
	// narrow it but do not make it specific, so the dialogue goes on until it knows enough.
	if c.Slots[slotBroad] == "" {
		c.Slots[slotBroad] = "no"
		if !res.NoMatch && res.Specific == 0 && c.Slots[slotTopic] == "" {
			c.Slots[slotBroad] = "yes"
		}
	}
	broad := c.Slots[slotBroad] == "yes"
	if len(c.Asked) < maxQuestions && (broad || (res.NoMatch && res.Vague && c.Slots[slotTheme] == "")) {
		if reply := t.nextQuestion(res); reply != nil {
			return reply, nil
		}
	}
	if res.NoMatch || len(res.Results) == 0 {
		return t.noMatch(res), nil
	}
	return t.answer(res), nil
}

// topicOf returns the first of the topics that belongs to the theme.
func (t *turnState) topicOf(theme string, topics []string) string {
	th := t.cat.Theme(theme)
	if th == nil {
		return ""
	}
	for _, id := range topics {
		for _, tp := range th.Topics {
			if tp.ID == id {
				return id
			}
		}
	}
	return ""
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

// curatedAnswer replies with a curated text and the offers it names.
func (t *turnState) curatedAnswer(a *wegwijzer.Answer, res *wegwijzer.SearchResult) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	c.Asked = nil
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: strings.TrimSpace(pick(t.lang, a.Text, a.TextEN)), Offers: []wegwijzer.OfferRef{}, Language: string(t.lang)}
	for _, id := range a.Related {
		if o := t.cat.Offer(id); o != nil && len(r.Offers) < maxOffers {
			r.Offers = append(r.Offers, t.offerRef(o))
		}
	}
	if len(r.Offers) > 0 {
		r.NextStep = nextStepText(t.cat.Offer(r.Offers[0].ID), t.lang)
	}
	r.Options = t.afterAnswerOptions(true)
	return r
}

func (t *turnState) offerRef(o *wegwijzer.Offer) wegwijzer.OfferRef {
	return wegwijzer.OfferRef{ID: o.ID, Title: o.Title, Provider: o.Provider, URL: o.URL, Kind: o.Kind, Group: o.Kind.Group(), Why: t.why(o), Status: o.Status}
}

func (t *turnState) region() string {
	c := t.conv
	if r := c.Slots[slotRegion]; r != "" && r != "-" {
		return r
	}
	if cm := t.cat.Community(c.Community); cm != nil {
		return cm.Region
	}
	return ""
}

// queryText is the text to search for: the question plus the words of the chosen topic.
func (t *turnState) queryText() string {
	c := t.conv
	q := c.Slots[slotQuery]
	if th := t.cat.Theme(c.Slots[slotTheme]); th != nil {
		if tp := c.Slots[slotTopic]; tp != "" {
			for _, topic := range th.Topics {
				if topic.ID == tp {
					q += " " + topic.Label + " " + strings.Join(topic.Words, " ")
				}
			}
		} else if q == "" || len(strings.Fields(q)) < 2 {
			q += " " + th.Label
		}
	}
	return strings.TrimSpace(q)
}

// nextQuestion asks for the first missing slot that changes the answer, or returns nil when nothing is missing.
func (t *turnState) nextQuestion(res *wegwijzer.SearchResult) *wegwijzer.Reply {
	c := t.conv
	asked := func(s string) bool { return slices.Contains(c.Asked, s) }
	th := t.cat.Theme(c.Slots[slotTheme])
	switch {
	case th == nil && !asked(slotTheme):
		return t.askTheme()
	case th != nil && len(th.Topics) > 0 && c.Slots[slotTopic] == "" && !asked(slotTopic):
		return t.ask(slotTopic, texts.askTopic, topicOptions(th, t.lang))
	case th != nil && c.Slots[slotSector] == "" && !asked(slotSector):
		return t.ask(slotSector, texts.askSector, t.sectorOptions())
	case th != nil && t.region() == "" && !asked(slotRegion) && t.hasRegionalOffers(th.ID):
		return t.ask(slotRegion, texts.askRegion, t.regionOptions())
	case th != nil && c.Slots[slotSize] == "" && !asked(slotSize) && sizeMatters(res):
		return t.ask(slotSize, texts.askSize, t.sizeOptions())
	}
	return nil
}

// hasRegionalOffers reports whether the catalogue has region-bound offers in the theme: only then does the
// region change the answer, and only then is it asked.
func (t *turnState) hasRegionalOffers(theme string) bool {
	for _, o := range t.cat.Offers {
		if !o.IsNational() && slices.Contains(o.Themes, theme) {
			return true
		}
	}
	return false
}

func (t *turnState) askTheme() *wegwijzer.Reply {
	var opts []wegwijzer.Option
	for _, th := range t.cat.Themes {
		opts = append(opts, wegwijzer.Option{Label: pick(t.lang, th.Label, th.LabelEN), Value: "theme:" + th.ID})
	}
	return t.ask(slotTheme, texts.askTheme, opts)
}

func (t *turnState) ask(slot string, question msg, opts []wegwijzer.Option) *wegwijzer.Reply {
	c := t.conv
	c.State = StateClarify
	c.Asked = append(c.Asked, slot)
	return &wegwijzer.Reply{Kind: wegwijzer.ReplyClarify, Text: question.in(t.lang), Offers: []wegwijzer.OfferRef{}, Options: opts, Language: string(t.lang)}
}

func pick(l lang, nlText, enText string) string {
	if l == en && enText != "" {
		return enText
	}
	return nlText
}

func topicOptions(th *content.Theme, l lang) []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, tp := range th.Topics {
		opts = append(opts, wegwijzer.Option{Label: pick(l, tp.Label, tp.LabelEN), Value: "topic:" + tp.ID})
	}
	return opts
}

// commonSectors are offered as buttons; any other sector can be typed.
var commonSectors = []string{"bouw", "handel", "horeca", "transport", "industrie", "landbouw", "zakelijke-diensten", "zorg", "ict"}

func (t *turnState) sectorOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, id := range commonSectors {
		if s := t.cat.Sector(id); s != nil {
			opts = append(opts, wegwijzer.Option{Label: pick(t.lang, s.Label, s.LabelEN), Value: "sector:" + id})
		}
	}
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Anders / overslaan", "Other / skip"), Value: "sector:-"})
}

func (t *turnState) regionOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, p := range t.cat.Geography.Places(content.KindProvincie) {
		opts = append(opts, wegwijzer.Option{Label: p.Name, Value: "region:" + p.ID})
	}
	slices.SortFunc(opts, func(a, b wegwijzer.Option) int { return strings.Compare(a.Label, b.Label) })
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Heel Nederland / overslaan", "Whole country / skip"), Value: "region:-"})
}

func (t *turnState) noMatch(res *wegwijzer.SearchResult) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	c.Asked = nil
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyNoMatch, Text: texts.noMatch.in(t.lang), Offers: []wegwijzer.OfferRef{},
		NextStep: texts.noMatchNext.in(t.lang), Language: string(t.lang)}
	if a := t.curated(res); a != "" {
		r.Kind = wegwijzer.ReplyAnswer
		r.Text = a
		r.NextStep = ""
	}
	r.Options = []wegwijzer.Option{
		{Label: pick(t.lang, "Kies een onderwerp", "Pick a topic"), Value: "cmd:refine"},
		{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"},
	}
	return r
}

// curated returns the text of the best curated answer for the question, or "".
func (t *turnState) curated(res *wegwijzer.SearchResult) string {
	if len(res.Answers) == 0 {
		return ""
	}
	a := t.cat.Answer(res.Answers[0])
	if a == nil {
		return ""
	}
	return strings.TrimSpace(pick(t.lang, a.Text, a.TextEN))
}

func (t *turnState) answer(res *wegwijzer.SearchResult) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	c.Asked = nil
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Language: string(t.lang)}
	// Group: money first, then rules, then help; the index's order within a group.
	for _, g := range []wegwijzer.Group{wegwijzer.GroupMoney, wegwijzer.GroupRules, wegwijzer.GroupHelp} {
		for _, x := range res.Results {
			if x.Offer == nil || x.Kind.Group() != g || len(r.Offers) == maxOffers {
				continue
			}
			r.Offers = append(r.Offers, t.offerRef(x.Offer))
		}
	}
	intro := texts.answerIntro.in(t.lang)
	if len(r.Offers) <= 2 {
		intro = texts.answerIntroFew.in(t.lang)
	}
	if a := t.curated(res); a != "" {
		intro = a + "\n\n" + intro
	}
	r.Text = intro
	top := res.Results[0].Offer
	r.NextStep = nextStepText(top, t.lang)
	r.Options = t.afterAnswerOptions(true)
	return r
}

func (t *turnState) afterAnswerOptions(feedback bool) []wegwijzer.Option {
	var opts []wegwijzer.Option
	if feedback {
		opts = append(opts,
			wegwijzer.Option{Label: pick(t.lang, "Ja, dit helpt", "Yes, this helps"), Value: "feedback:yes"},
			wegwijzer.Option{Label: pick(t.lang, "Nee", "No"), Value: "feedback:no"})
	}
	return append(opts,
		wegwijzer.Option{Label: pick(t.lang, "Iets anders", "Something else"), Value: "cmd:refine"},
		wegwijzer.Option{Label: pick(t.lang, "Opnieuw beginnen", "Start over"), Value: "cmd:restart"},
		wegwijzer.Option{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"})
}

// why says in one line why an offer fits: what it is, for which theme, and where.
func (t *turnState) why(o *wegwijzer.Offer) string {
	parts := []string{kindLabel(o.Kind, t.lang)}
	if th := t.cat.Theme(firstShared(o.Themes, t.rec.Themes)); th != nil {
		parts = append(parts, strings.ToLower(pick(t.lang, th.Label, th.LabelEN)))
	}
	if o.IsNational() {
		parts = append(parts, pick(t.lang, "landelijk", "national"))
	} else if p := t.cat.Geography.Place(o.Regions[0]); p != nil {
		parts = append(parts, pick(t.lang, "regionaal: ", "regional: ")+p.Name)
	}
	if o.Status == wegwijzer.StatusGesloten {
		parts = append(parts, texts.closed.in(t.lang))
	}
	return strings.Join(parts, " · ")
}

func firstShared(xs, ys []string) string {
	for _, y := range ys {
		if slices.Contains(xs, y) {
			return y
		}
	}
	if len(xs) > 0 {
		return xs[0]
	}
	return ""
}

var kindLabels = map[wegwijzer.Kind][2]string{
	wegwijzer.KindSubsidie:          {"Subsidie", "Grant"},
	wegwijzer.KindFiscaleRegeling:   {"Belastingvoordeel", "Tax scheme"},
	wegwijzer.KindLeningGarantie:    {"Lening of garantie", "Loan or guarantee"},
	wegwijzer.KindWetRegel:          {"Regel die je moet volgen", "Rule you must follow"},
	wegwijzer.KindAdvies:            {"Advies", "Advice"},
	wegwijzer.KindScanTool:          {"Scan of tool", "Scan or tool"},
	wegwijzer.KindCommunityNetwerk:  {"Netwerk", "Network"},
	wegwijzer.KindTrainingEvenement: {"Training of bijeenkomst", "Training or event"},
	wegwijzer.KindInformatie:        {"Informatie", "Information"},
}

func kindLabel(k wegwijzer.Kind, l lang) string {
	ls := kindLabels[k]
	if l == en {
		return ls[1]
	}
	return ls[0]
}

func nextStepText(o *wegwijzer.Offer, l lang) string {
	ns := o.NextStep
	s := texts.nextStep.in(l) + ": " + ns.Who + ". " + strings.TrimSpace(ns.How)
	if ns.URL != "" {
		s += " " + ns.URL
	}
	if ns.Phone != "" {
		s += " (" + ns.Phone + ")"
	}
	return s
}

// phaseOf recognises the phase of the customer journey a question is in, from its wording.
func phaseOf(q string) wegwijzer.Phase {
	q = " " + strings.ToLower(q) + " "
	for _, p := range []struct {
		phase wegwijzer.Phase
		cues  []string
	}{
		{wegwijzer.PhaseKunnen, []string{"aanvragen", "aanvraag", "indienen", "formulier", "deadline", "apply", "application", "hoe vraag", "melden", "invullen"}},
		{wegwijzer.PhaseWillen, []string{"ik wil", "we willen", "van plan", "plannen", "overweeg", "investeren", "kopen", "aanschaffen", "i want", "we want", "planning", "going to"}},
		{wegwijzer.PhaseOntmoeten, []string{"andere ondernemers", "netwerk", "community", "ervaring", "inspiratie", "evenement", "meetup", "peers", "network"}},
	} {
		for _, c := range p.cues {
			if strings.Contains(q, c) {
				return p.phase
			}
		}
	}
	return wegwijzer.PhaseWeten
}

// sizeMatters reports whether the offers found differ in the company sizes they are for: only then does the size
// change the answer, and only then is it asked.
func sizeMatters(res *wegwijzer.SearchResult) bool {
	for _, r := range res.Results {
		if r.Offer != nil && len(r.Offer.Sizes) > 0 && len(r.Offer.Sizes) < len(wegwijzer.Sizes()) {
			return true
		}
	}
	return false
}

func (t *turnState) sizeOptions() []wegwijzer.Option {
	labels := map[string][2]string{
		"zzp": {"Alleen ik (zzp)", "Just me (self-employed)"}, "micro": {"2 tot 10 mensen", "2 to 10 people"},
		"klein": {"10 tot 50 mensen", "10 to 50 people"}, "middelgroot": {"50 tot 250 mensen", "50 to 250 people"},
		"groot": {"250 of meer", "250 or more"},
	}
	var opts []wegwijzer.Option
	for _, s := range wegwijzer.Sizes() {
		opts = append(opts, wegwijzer.Option{Label: pick(t.lang, labels[s][0], labels[s][1]), Value: "size:" + s})
	}
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Overslaan", "Skip"), Value: "size:-"})
}

var headcount = regexp.MustCompile(`(\d+)\s*(medewerkers|werknemers|mensen|man|personeelsleden|fte|employees|people|staff)\b`)

// sizeOf recognises a company size class in text: "zzp", "eenmanszaak zonder personeel", "12 medewerkers", or a
// bare number given as the answer to the size question.
func sizeOf(text string) string {
	text = strings.ToLower(text)
	if m := headcount.FindStringSubmatch(text); m != nil {
		return sizeClass(m[1])
	}
	if n := strings.TrimSpace(text); n != "" && strings.Trim(n, "0123456789") == "" {
		return sizeClass(n)
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		switch w {
		case "zzp", "zzp'er", "zzper", "freelancer", "zelfstandige", "eenmanszaak", "self-employed", "freelance":
			return "zzp"
		}
	}
	return ""
}

func sizeClass(count string) string {
	n, err := strconv.Atoi(count)
	switch {
	case err != nil || n < 1:
		return ""
	case n == 1:
		return "zzp"
	case n < 10:
		return "micro"
	case n < 50:
		return "klein"
	case n < 250:
		return "middelgroot"
	}
	return "groot"
}
