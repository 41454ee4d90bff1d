// zod, set up for a strict Content-Security-Policy: without `jitless`, zod
// probes for eval on first use and the browser reports that as a policy
// violation. Every schema imports z from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
