// Every unit test renders formulas as the built deck shows them: KaTeX loaded first (src/deck/tex.ts loads it lazily).
import { loadTex } from '../../src/deck/tex.ts';

await loadTex();
