// Package technical recognises the names that technical prose writes in
// lower case after the noun that introduces them: la commande lintian, le
// paquet webmin, l'archive experimental. Such a name is neither glued words
// nor a French word that lost its accents.
package technical

import (
	"strings"

	"github.com/retouche/retouche/pipeline/stages/internal/wordlist"
	"github.com/retouche/retouche/token"
)

// Named reports whether the word at token i, in lower case, directly
// follows (after one space) a noun that introduces the name of a command, a
// program, a package or a file.
func Named(toks []token.Token, text string, i int) bool {
	w := toks[i].Text(text)
	if token.CaseOf(w) != token.Lower || i < 2 || toks[i-1].Kind != token.Space || toks[i-1].Text(text) != " " ||
		toks[i-2].Kind != token.Word {
		return false
	}
	_, noun := token.SplitElision(toks[i-2].Text(text))
	return namingNouns[strings.ToLower(noun)]
}

// namingNouns introduce the name of a thing of software.
var namingNouns = wordlist.Set("commande commandes programme programmes paquet paquets métapaquet métapaquets " +
	"logiciel logiciels outil outils utilitaire utilitaires cible cibles archive archives option options " +
	"bibliothèque bibliothèques module modules fonction fonctions variable variables démon démons " +
	"script scripts pilote pilotes greffon greffons extension extensions macro macros dépôt dépôts " +
	"client clients serveur serveurs service services champ champs balise balises paramètre paramètres")
