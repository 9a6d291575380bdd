package understand

import "github.com/wegwijzer/wegwijzer"

// Words of the dialogue's own turns, Dutch and English side by side: the phase of the customer journey a question
// is in, answers to the dialogue's questions, and the clauses about the asker beside a question. See dialogue.go.

// nlPhaseCues show, anywhere in a question (as part of a word too: "subsidieaanvraag"), the phase of the customer
// journey it is in (PhaseOf).
var nlPhaseCues = map[wegwijzer.Phase][]string{
	wegwijzer.PhaseKunnen:    {"aanvragen", "aanvraag", "indienen", "formulier", "deadline", "hoe vraag", "melden", "invullen"},
	wegwijzer.PhaseWillen:    {"ik wil", "we willen", "van plan", "plannen", "overweeg", "investeren", "kopen", "aanschaffen"},
	wegwijzer.PhaseOntmoeten: {"andere ondernemers", "netwerk", "community", "ervaring", "inspiratie", "evenement", "meetup"},
}

// enPhaseCues: see nlPhaseCues.
var enPhaseCues = map[wegwijzer.Phase][]string{
	wegwijzer.PhaseKunnen:    {"apply", "application"},
	wegwijzer.PhaseWillen:    {"i want", "we want", "planning", "going to"},
	wegwijzer.PhaseOntmoeten: {"peers", "network"},
}
