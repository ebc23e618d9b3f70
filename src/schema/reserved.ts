/**
 * Names a resource or field may not take, because some target language or
 * framework reserves them. One list for every framework, so a resource added
 * to one project can be switched to any other framework later.
 */

/** Lower-case words that are keywords (or ORM attributes) in a target; a field or a resource's singular as a variable. */
const WORDS: Record<string, string> = {
  javascript: "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval",
  python: "and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield none true false match case type",
  ruby: "alias and begin break case class def defined do else elsif end ensure false for if in module next nil not or redo rescue retry return self super then true undef unless until when while yield",
  php: "abstract and array as break callable case catch class clone const continue declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn for foreach function global goto if implements include instanceof insteadof interface isset list match namespace new or print private protected public readonly require return static switch throw trait try unset use var while xor yield",
  java: "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null var record yield",
  csharp: "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while",
  go: "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var",
  rust: "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self static struct super trait true type unsafe use where while abstract become box do final macro override priv typeof unsized virtual yield try",
  elixir: "true false nil when and or not in fn do end catch rescue after else",
  SQL: "all analyse analyze and any array as asc asymmetric authorization between binary both case cast check collate column commit concurrently constraint create cross current_date current_time current_timestamp current_user default delete desc distinct do drop else end except exists false fetch for foreign from full grant group having ilike in index inner insert intersect into is isnull join key lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right rollback row rows select session_user set similar some symmetric table then to trailing transaction true union unique update user using values variadic verbose when where window with",
  "Ruby on Rails (Active Record)": "type attributes errors hash send object_id",
  "Django (models)": "pk objects",
  "Laravel (Eloquent)": "exists incrementing timestamps connection table",
  "pydantic (models)": "schema json dict copy validate",
};

/** Class names (the singular in PascalCase) the targets' standard libraries or frameworks already use. */
const CLASSES: Record<string, string> = {
  Java: "Object String Record List Map Set Optional Error Exception Thread System Integer Long Double Boolean Float Short Byte Character Number Math Class Void File Path Date Instant Duration Iterable Override",
  "C#": "Task Action Func Guid Decimal Program Type Attribute",
  Rust: "Result Option Box Vec Some None Ok Err Self Json Router State",
  "the frameworks": "Request Response Model Controller App Application Module Service Repository Config Settings Handler Context Session Query Entity Schema Migration Base Kernel Server Client Database Db Env Log Logger Main Test Http",
};

function index(lists: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [who, words] of Object.entries(lists))
    for (const w of words.split(" ")) out.set(w, [...(out.get(w) ?? []), who]);
  return out;
}

const RESERVED_WORDS = index(WORDS);
const RESERVED_CLASSES = index(CLASSES);

/** Which targets reserve this lower-case word, or [] when none does. */
export const reservedBy = (word: string): string[] => RESERVED_WORDS.get(word) ?? [];
/** Which targets already use this class name, or [] when none does. */
export const classTakenBy = (pascal: string): string[] => RESERVED_CLASSES.get(pascal) ?? [];

/** Resources the sample API already has (their paths and tables). */
export const BUILT_IN_RESOURCES = ["users", "books", "health"] as const;
