package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Explain describes how the index understands a question: for tuning and for `search --explain`. The search it
// runs for the no-match signals stops when ctx is done.
func (ix *Index) Explain(ctx context.Context, text string) string {
	u := ix.understand(understand.Parse(text))
	var b strings.Builder
	fmt.Fprintf(&b, "region=%q sector=%q themes=%v topics=%v coverage=%.2f specific=%d\n", u.region, u.sector, u.themes, u.topics, u.coverage, u.specific)
	for _, w := range words(text) {
		fmt.Fprintf(&b, "  %-20s stop=%v generic=%v analyzed=%v df=%d info=%.2f parts=%v correct=%q\n", w, stopwords[w], generic[w], ix.analyze(w), ix.vocab[first(ix.analyze(w))], ix.informativeness(w), ix.decompound(w), ix.correct(w))
	}
	for _, t := range u.terms {
		fmt.Fprintf(&b, "  term %s^%.1f\n", t.term, t.boost)
	}
	for _, p := range u.phrases {
		fmt.Fprintf(&b, "  name phrase %s\n", strings.Join(ix.namePhrases[p].stems, " "))
	}
	var cands []candidate
	if res, err := ix.Search(context.WithValue(ctx, traceKey{}, &cands), wegwijzer.Query{Text: text}); err == nil && res.Signals != nil {
		s := res.Signals
		fmt.Fprintf(&b, "no-match signals: coverage=%.2f question=%.2f text=%.2f out_of_domain_words=%d business=%v business_context=%v private_life=%d private_asker=%d private_things=%d (margin=%.2f named=%v) linked=%v -> confidence %.2f (threshold %.2f)\n",
			s.Coverage, s.Question, s.Text, s.OutOfDomainWords, s.Business, s.BusinessContext, s.PrivateLife, s.PrivateAsker, s.PrivateThings, s.Margin, s.Named, s.Linked, s.Confidence, ix.noMatch.Threshold)
	}
	for i, c := range cands[:min(len(cands), explainCandidates)] {
		fmt.Fprintf(&b, "  candidate %d %-40s text=%.2f sim=%.2f factor=%.2f link=%.2f score=%.3f\n", i+1, c.offer.ID, c.text, c.sim, c.factor, c.link, c.score)
	}
	return b.String()
}

// explainCandidates is how many of the fused candidates Explain prints.
const explainCandidates = 10

// traceKey is the context key under which Explain asks Search for its fused candidates.
type traceKey struct{}

// traceCandidates copies the fused, sorted candidates to the slice the context asks for, if any: Explain shows how
// each offer's text match, example similarity and factor made its score.
func traceCandidates(ctx context.Context, list []*candidate) {
	dst, ok := ctx.Value(traceKey{}).(*[]candidate)
	if !ok {
		return
	}
	for _, c := range list {
		*dst = append(*dst, *c)
	}
}
