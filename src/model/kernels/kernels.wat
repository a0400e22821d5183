;; Hand-written kernels over float32 arrays that live in tfjs-backend-wasm's own memory (imported, so no copy).
;; Addresses are byte offsets. Compiled by `npm run build:kernels` (scripts/build/wasmKernels.ts) into
;; src/model/kernels/kernelsWasm.ts, twice: as written, for the threaded build's shared memory, and with the import
;; below read as `(memory 1)` for the single-thread builds, whose memory is not shared (an import with no maximum
;; accepts the memory's own, whatever it is).
(module
  (import "env" "memory" (memory 1 65536 shared))
;; adam: Adam's update of n values, m and v in place, the new weights into `out`:
  ;;   m ← β₁·m + (1−β₁)·g;  v ← β₂·v + (1−β₂)·g²;  out ← decay·w − α·m / (√v + ε)
  ;; Four values per SIMD step, then a scalar tail.
  (func (export "adam")
    (param $g i32) (param $m i32) (param $v i32) (param $w i32) (param $out i32) (param $n i32)
    (param $b1 f32) (param $b2 f32) (param $eps f32) (param $alpha f32) (param $decay f32)
    (local $end i32) (local $simdEnd i32)
    (local $vb1 v128) (local $vc1 v128) (local $vb2 v128) (local $vc2 v128) (local $veps v128) (local $valpha v128) (local $vdecay v128)
    (local $gj v128) (local $mj v128) (local $vj v128)
    (local $sg f32) (local $sm f32) (local $sv f32)
    (local.set $vb1 (f32x4.splat (local.get $b1)))
    (local.set $vc1 (f32x4.splat (f32.sub (f32.const 1) (local.get $b1))))
    (local.set $vb2 (f32x4.splat (local.get $b2)))
    (local.set $vc2 (f32x4.splat (f32.sub (f32.const 1) (local.get $b2))))
    (local.set $veps (f32x4.splat (local.get $eps)))
    (local.set $valpha (f32x4.splat (local.get $alpha)))
    (local.set $vdecay (f32x4.splat (local.get $decay)))
    (local.set $end (i32.add (local.get $g) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $simdEnd (i32.add (local.get $g) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $simdDone
      (loop $simd
        (br_if $simdDone (i32.ge_u (local.get $g) (local.get $simdEnd)))
        (local.set $gj (v128.load (local.get $g)))
        (local.set $mj (f32x4.add (f32x4.mul (local.get $vb1) (v128.load (local.get $m))) (f32x4.mul (local.get $vc1) (local.get $gj))))
        (local.set $vj (f32x4.add (f32x4.mul (local.get $vb2) (v128.load (local.get $v))) (f32x4.mul (local.get $vc2) (f32x4.mul (local.get $gj) (local.get $gj)))))
        (v128.store (local.get $m) (local.get $mj))
        (v128.store (local.get $v) (local.get $vj))
        (v128.store (local.get $out)
          (f32x4.sub
            (f32x4.mul (local.get $vdecay) (v128.load (local.get $w)))
            (f32x4.div (f32x4.mul (local.get $valpha) (local.get $mj)) (f32x4.add (f32x4.sqrt (local.get $vj)) (local.get $veps)))))
        (local.set $g (i32.add (local.get $g) (i32.const 16)))
        (local.set $m (i32.add (local.get $m) (i32.const 16)))
        (local.set $v (i32.add (local.get $v) (i32.const 16)))
        (local.set $w (i32.add (local.get $w) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $simd)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $g) (local.get $end)))
        (local.set $sg (f32.load (local.get $g)))
        (local.set $sm (f32.add (f32.mul (local.get $b1) (f32.load (local.get $m))) (f32.mul (f32.sub (f32.const 1) (local.get $b1)) (local.get $sg))))
        (local.set $sv (f32.add (f32.mul (local.get $b2) (f32.load (local.get $v))) (f32.mul (f32.sub (f32.const 1) (local.get $b2)) (f32.mul (local.get $sg) (local.get $sg)))))
        (f32.store (local.get $m) (local.get $sm))
        (f32.store (local.get $v) (local.get $sv))
        (f32.store (local.get $out)
          (f32.sub
            (f32.mul (local.get $decay) (f32.load (local.get $w)))
            (f32.div (f32.mul (local.get $alpha) (local.get $sm)) (f32.add (f32.sqrt (local.get $sv)) (local.get $eps)))))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (local.set $m (i32.add (local.get $m) (i32.const 4)))
        (local.set $v (i32.add (local.get $v) (i32.const 4)))
        (local.set $w (i32.add (local.get $w) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $tail))))

  ;; transpose: `out` (cols × rows) ← `in` (rows × cols), row-major, in 16 × 16 tiles (each tile's reads and writes
  ;; stay within a few cache lines).
  (func (export "transpose") (param $in i32) (param $out i32) (param $rows i32) (param $cols i32)
    (local $ii i32) (local $jj i32) (local $i i32) (local $j i32) (local $iEnd i32) (local $jEnd i32)
    (local $src i32) (local $dst i32) (local $rowBytes i32)
    (local.set $rowBytes (i32.shl (local.get $rows) (i32.const 2)))
    (block $iiDone
      (loop $iiLoop
        (br_if $iiDone (i32.ge_u (local.get $ii) (local.get $rows)))
        (local.set $iEnd (select (i32.add (local.get $ii) (i32.const 16)) (local.get $rows)
          (i32.lt_u (i32.add (local.get $ii) (i32.const 16)) (local.get $rows))))
        (local.set $jj (i32.const 0))
        (block $jjDone
          (loop $jjLoop
            (br_if $jjDone (i32.ge_u (local.get $jj) (local.get $cols)))
            (local.set $jEnd (select (i32.add (local.get $jj) (i32.const 16)) (local.get $cols)
              (i32.lt_u (i32.add (local.get $jj) (i32.const 16)) (local.get $cols))))
            (local.set $i (local.get $ii))
            (block $iDone
              (loop $iLoop
                (br_if $iDone (i32.ge_u (local.get $i) (local.get $iEnd)))
                ;; src = in + 4·(i·cols + jj), dst = out + 4·(jj·rows + i)
                (local.set $src (i32.add (local.get $in) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $jj)) (i32.const 2))))
                (local.set $dst (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $jj) (local.get $rows)) (local.get $i)) (i32.const 2))))
                (local.set $j (local.get $jj))
                (block $jDone
                  (loop $jLoop
                    (br_if $jDone (i32.ge_u (local.get $j) (local.get $jEnd)))
                    (f32.store (local.get $dst) (f32.load (local.get $src)))
                    (local.set $src (i32.add (local.get $src) (i32.const 4)))
                    (local.set $dst (i32.add (local.get $dst) (local.get $rowBytes)))
                    (local.set $j (i32.add (local.get $j) (i32.const 1)))
                    (br $jLoop)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $iLoop)))
            (local.set $jj (i32.add (local.get $jj) (i32.const 16)))
            (br $jjLoop)))
        (local.set $ii (i32.add (local.get $ii) (i32.const 16)))
        (br $iiLoop)))
  )
)
