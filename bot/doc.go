// Package bot is the dialogue engine: it understands a message, narrows a broad question with at most three
// clarifying questions, answers with a few grouped offers and a next step, asks for feedback, and hands off to a
// person on request. It is platform-neutral: adapters turn platform events into wegwijzer.Message values and
// render the wegwijzer.Reply it returns.
//
// The dialogue is a state machine. The transition table is the transitions variable in engine.go; the diagram:
//
//	```mermaid
//	stateDiagram-v2
//	    [*] --> new
//	    new --> clarify: broad question (theme, topic, sector or region missing)
//	    new --> answered: specific question / no match
//	    clarify --> clarify: answer or option, still missing (at most 3 questions)
//	    clarify --> answered: enough known, or 3 questions asked
//	    answered --> answered: feedback (yes/no), or a new question
//	    answered --> clarify: a new broad question, or "anders"
//	    new --> handoff: "mens" / "talk to a person"
//	    clarify --> handoff
//	    answered --> handoff
//	    handoff --> handoff: any message (the bot stays quiet)
//	    handoff --> new: "opnieuw" / restart
//	    clarify --> new: "opnieuw"
//	    answered --> new: "opnieuw"
//	```
//
// Commands work in every state: help, opnieuw/restart, privacy, vergeet mij/forget me, mens/talk to a person.
package bot
