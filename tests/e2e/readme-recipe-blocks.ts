/**
 * The README's recipes, as printed: every fenced block after a
 * `<!-- recipe: NAME -->` line (a shell session: `$ ` lines and what they
 * print) or a `<!-- recipe: NAME file: FILE -->` line (a file the session
 * uses, saved under that name).
 */
export interface Recipe {
  readonly name: string;
  /** File name -> contents. */
  readonly files: Map<string, string>;
  readonly steps: Step[];
}

/** One `$ ` command (continued over lines ending in `\`) and the stdout shown under it. */
export interface Step {
  readonly command: string;
  readonly expected: string;
}

const MARKER = /^<!-- recipe: ([\w-]+)(?: file: (\S+))? -->$/;

export function readmeRecipes(readme: string): Map<string, Recipe> {
  const lines = readme.split("\n");
  const recipes = new Map<string, Recipe>();
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i] as string);
    if (!marker) continue;
    const [, name = "", file] = marker;
    const open = i + 1;
    if (!lines[open]?.startsWith("```"))
      throw new Error(`README line ${i + 1}: recipe ${name}: the next line must open a code block`);
    const close = lines.findIndex((line, at) => at > open && line.startsWith("```"));
    if (close === -1) throw new Error(`README line ${open + 1}: unclosed code block`);
    const body = lines.slice(open + 1, close);
    const recipe: Recipe = recipes.get(name) ?? { name, files: new Map(), steps: [] };
    recipes.set(name, recipe);
    if (file !== undefined) recipe.files.set(file, `${body.join("\n")}\n`);
    else recipe.steps.push(...sessionSteps(body, name));
    i = close;
  }
  return recipes;
}

function sessionSteps(body: readonly string[], name: string): Step[] {
  const steps: { command: string; output: string[] }[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as string;
    if (!line.startsWith("$ ")) {
      const step = steps.at(-1);
      if (!step) throw new Error(`recipe ${name}: output before the first $ line: ${line}`);
      step.output.push(line);
      continue;
    }
    let command = line.slice(2);
    while (command.endsWith("\\") && i + 1 < body.length) command += `\n${body[++i]}`;
    steps.push({ command, output: [] });
  }
  return steps.map(({ command, output }) => ({
    command,
    expected: output.length === 0 ? "" : `${output.join("\n")}\n`,
  }));
}
