#!/usr/bin/python3
"""Execute a Jupyter notebook headless without losing late outputs.

The Deno kernel sometimes publishes a cell's output just after it reports the cell idle; nbclient stops
listening at idle and drops them. This runner routes every iopub message to its cell by parent msg_id for
the whole run, keeps reading after idle until the cell has been quiet for --settle seconds, and waits up
to --late seconds more for cells tagged "display" that must show something.

Fails (exit 1) when a cell errors, or a cell tagged "display" has no rich output (image, SVG or HTML).
Usage: notebookRunner.py IN.ipynb OUT.ipynb [--kernel deno] [--timeout 600] [--settle 0.3] [--late 10]
"""
import argparse
import os
import queue
import sys
import time

import nbformat
from jupyter_client.manager import KernelManager
from nbformat.v4 import output_from_msg

RICH = ('image/svg+xml', 'image/png', 'image/jpeg', 'text/html')
OUTPUT_TYPES = ('stream', 'display_data', 'execute_result', 'error')


class Runner:
    """Runs the cells in order while one reader routes iopub messages to the cell that caused them."""

    def __init__(self, client, settle, late):
        self.kc = client
        self.settle = settle
        self.late = late
        self.cells = {}  # msg_id -> cell
        self.idle = set()  # msg_ids whose kernel status went idle
        self.last_seen = {}  # msg_id -> time of its last iopub message

    def pump(self, timeout):
        """Route iopub messages for up to `timeout` seconds (returns early once the queue is empty)."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            try:
                msg = self.kc.get_iopub_msg(timeout=max(0.0, min(left, 0.05)))
            except queue.Empty:
                if left <= 0:
                    return
                continue
            self.route(msg)

    def route(self, msg):
        parent = msg.get('parent_header', {}).get('msg_id')
        cell = self.cells.get(parent)
        if cell is None:
            return
        self.last_seen[parent] = time.monotonic()
        kind = msg['msg_type']
        content = msg['content']
        if kind == 'status':
            if content.get('execution_state') == 'idle':
                self.idle.add(parent)
        elif kind == 'clear_output':
            cell.outputs = []
        elif kind == 'update_display_data':
            display_id = content.get('transient', {}).get('display_id')
            for out in cell.outputs:
                if out.get('_display_id') == display_id:
                    out['data'] = content['data']
                    out['metadata'] = content.get('metadata', {})
        elif kind in OUTPUT_TYPES:
            out = output_from_msg(msg)
            if kind == 'stream' and cell.outputs and cell.outputs[-1].get('output_type') == 'stream' \
                    and cell.outputs[-1]['name'] == out['name']:
                cell.outputs[-1]['text'] += out['text']
                return
            display_id = content.get('transient', {}).get('display_id')
            if display_id:
                out['_display_id'] = display_id
            cell.outputs.append(out)

    def run_cell(self, index, cell, timeout):
        """Execute one cell; returns the execute_reply content."""
        cell.outputs = []
        msg_id = self.kc.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=True)
        self.cells[msg_id] = cell
        start = time.monotonic()
        reply = None
        while reply is None or msg_id not in self.idle:
            if time.monotonic() - start > timeout:
                raise TimeoutError(f'cell {index} did not finish within {timeout} s')
            self.pump(0.05)
            if reply is None:
                try:
                    shell = self.kc.get_shell_msg(timeout=0.05)
                except queue.Empty:
                    continue
                if shell.get('parent_header', {}).get('msg_id') == msg_id:
                    reply = shell['content']
        # Late outputs: keep listening until the cell has been quiet for `settle` seconds ...
        while time.monotonic() - self.last_seen.get(msg_id, 0) < self.settle:
            self.pump(self.settle / 3)
        # ... and give a cell that must display something a little longer to do so.
        if 'display' in cell.metadata.get('tags', []):
            waited = time.monotonic()
            while not has_rich(cell) and time.monotonic() - waited < self.late:
                self.pump(0.1)
        cell.execution_count = reply.get('execution_count')
        return reply


def has_rich(cell):
    return any(o.get('output_type') in ('display_data', 'execute_result') and any(k in o.get('data', {}) for k in RICH)
               for o in cell.outputs)


def first_line(cell):
    return (cell.source.strip().splitlines() or [''])[0][:80]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('input')
    parser.add_argument('output')
    parser.add_argument('--kernel', default='deno')
    parser.add_argument('--timeout', type=float, default=600)
    parser.add_argument('--settle', type=float, default=0.3)
    parser.add_argument('--late', type=float, default=10)
    args = parser.parse_args()

    nb = nbformat.read(args.input, as_version=4)
    km = KernelManager(kernel_name=args.kernel)
    km.start_kernel(cwd=os.path.dirname(os.path.abspath(args.input)))
    kc = km.client()
    kc.start_channels()
    problems = []
    started = time.monotonic()
    try:
        kc.wait_for_ready(timeout=120)
        runner = Runner(kc, args.settle, args.late)
        code_cells = [c for c in nb.cells if c.cell_type == 'code']
        for i, cell in enumerate(code_cells, 1):
            t0 = time.monotonic()
            reply = runner.run_cell(i, cell, args.timeout)
            print(f'[{i}/{len(code_cells)}] {time.monotonic() - t0:6.1f} s  {first_line(cell)}', flush=True)
            if reply.get('status') != 'ok' or any(o.get('output_type') == 'error' for o in cell.outputs):
                errors = [o for o in cell.outputs if o.get('output_type') == 'error'] or [reply]
                problems.append(f'cell {i} ({first_line(cell)}): {errors[0].get("ename")}: {errors[0].get("evalue")}')
                break
            if 'display' in cell.metadata.get('tags', []) and not has_rich(cell):
                problems.append(f'cell {i} ({first_line(cell)}) is tagged "display" but showed no image, SVG or HTML')
        runner.pump(0.5)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    for cell in nb.cells:
        for out in cell.get('outputs', []):
            out.pop('_display_id', None)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    nbformat.write(nb, args.output)
    print(f'executed notebook written: {args.output} ({time.monotonic() - started:.1f} s)')
    if problems:
        print('notebook run FAILED:\n  ' + '\n  '.join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
