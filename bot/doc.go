// Package bot is the dialogue engine: it understands a message, narrows a broad question with at most three
// clarifying questions, answers with a few offers as cards and a next step, answers follow-up questions about
// what it showed, and hands off to a person on request. It is platform-neutral: adapters turn platform events
// into wegwijzer.Message values and render the wegwijzer.Reply it returns.
//
// A turn has three steps, each in its own file:
//
//   - understand.go reads a message: package understand's reading (scrubbed text, language, rejected words,
//     corrections) and intent, and the offers it points at ("dat", "de tweede", "de EIA");
//   - decide.go, search.go, status.go and handoff.go choose what to do from the state: ask, answer, follow up,
//     hand off; status.go decides which offers a reply may show by their status (closed, rounds stopped);
//   - compose.go, cards.go and followup.go write the reply: cards (pitch, fit, status in words) and texts in
//     the person's language. Every text and word list of the bot is in texts.go.
//
// The dialogue is a state machine. The transition table is the transitions variable in engine.go; the diagram:
//
//	```mermaid
//	stateDiagram-v2
//	    [*] --> new
//	    new --> clarify: broad question (theme, topic, sector or region missing), or several problems
//	    new --> answered: specific question / no match / follow-up on a named offer
//	    clarify --> clarify: answer or option, still missing (at most 3 questions)
//	    clarify --> answered: enough known, or 3 questions asked
//	    answered --> answered: feedback, thanks, a follow-up, a correction, or a new question
//	    answered --> clarify: a new broad question, or "anders"
//	    new --> handoff: "ik wil iemand spreken" / "can someone call me"
//	    clarify --> handoff
//	    answered --> handoff
//	    handoff --> handoff: how to reach the person, then any message (the bot stays quiet)
//	    handoff --> new: "opnieuw" / restart
//	    clarify --> new: "opnieuw"
//	    answered --> new: "opnieuw"
//	```
//
// Intents work in every state, in any wording package understand recognises: help, restart, privacy, erasure,
// hand-off.
package bot
