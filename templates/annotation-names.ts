/**
 * The annotations' dataset in a drawing: in a module of its own, so that code every chart loads (render/view.ts) can
 * ask a view for it without loading the annotation layer (templates/annotation-layer.ts, loaded only for charts that
 * mark something).
 */
export const ANNOTATIONS_DATA = 'lnob_annotations';
