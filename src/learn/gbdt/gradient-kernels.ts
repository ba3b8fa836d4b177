import type { GradientKernel } from './gradient-kernel.js';
import { logLossGradients } from './log-loss-gradients.js';
import { softmaxGradients } from './softmax-gradients.js';
import { squaredErrorGradients } from './squared-error-gradients.js';

/** Every loss's gradient kernel; a job names its kernel by position here, on every thread. */
export const GRADIENT_KERNELS: readonly GradientKernel[] = [
  logLossGradients,
  softmaxGradients,
  squaredErrorGradients,
];
