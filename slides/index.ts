import type { ComponentType } from 'react';
import { AgendaSlide } from './AgendaSlide';
import { AttentionMatrixSlide } from './AttentionMatrixSlide';
import { ArchitectureSlide } from './ArchitectureSlide';
import { ArchitectureGeluSlide } from './ArchitectureGeluSlide';
import { ArchitectureMultiHeadSlide } from './ArchitectureMultiHeadSlide';
import { ArchitectureConcatSlide } from './ArchitectureConcatSlide';
import { ArchitectureBlockParamsSlide } from './ArchitectureBlockParamsSlide';
import { ArchitectureModelParamsSlide } from './ArchitectureModelParamsSlide';
import { ConclusionSlide } from './ConclusionSlide';
import { DecoderSlide } from './DecoderSlide';
import { GlossarySlide } from './GlossarySlide';
import { LearningSlide } from './LearningSlide';
import { LimitsSlide } from './LimitsSlide';
import { ContextCostSlide } from './ContextCostSlide';
import { HallucinationSlide } from './HallucinationSlide';
import { MathFoundationsSlide } from './MathFoundationsSlide';
import { MotivationSlide } from './MotivationSlide';
import { PipelineSlide } from './PipelineSlide';
import { SelfAttentionQkvSlide } from './SelfAttentionQkvSlide';
import { SelfAttentionWeightsSlide } from './SelfAttentionWeightsSlide';
import { TitansSlide } from './TitansSlide';
import { TitansMemorySlide } from './TitansMemorySlide';
import { TitansVariantsSlide } from './TitansVariantsSlide';
import { TitansSandboxSlide } from './TitansSandboxSlide';
import { RotarySlide } from './RotarySlide';
import { TitleSlide } from './TitleSlide';
import { TokenizationSlide } from './TokenizationSlide';
import { WhatIfSlide } from './WhatIfSlide';
import { WorkedExampleStepsSlide } from './WorkedExampleStepsSlide';
import { CrossEntropySlide } from './CrossEntropySlide';
import { DecoderPredictionSlide } from './DecoderPredictionSlide';
import { GradientDescentSlide } from './GradientDescentSlide';
import { LearningRateSlide } from './LearningRateSlide';
import { SoftmaxSlide } from './SoftmaxSlide';

/** The order of the deck. This is the only place where order lives. */
export const SLIDES: readonly ComponentType[] = [
  TitleSlide,
  AgendaSlide,
  MotivationSlide,
  PipelineSlide,
  TokenizationSlide,
  MathFoundationsSlide,
  WorkedExampleStepsSlide,
  SelfAttentionQkvSlide,
  SelfAttentionWeightsSlide,
  AttentionMatrixSlide,
  WhatIfSlide,
  LearningSlide,
  CrossEntropySlide,
  GradientDescentSlide,
  LearningRateSlide,
  DecoderSlide,
  DecoderPredictionSlide,
  SoftmaxSlide,
  ArchitectureSlide,
  ArchitectureGeluSlide,
  ArchitectureMultiHeadSlide,
  ArchitectureConcatSlide,
  ArchitectureBlockParamsSlide,
  ArchitectureModelParamsSlide,
  TitansSlide,
  TitansMemorySlide,
  TitansVariantsSlide,
  TitansSandboxSlide,
  RotarySlide,
  LimitsSlide,
  ContextCostSlide,
  HallucinationSlide,
  ConclusionSlide,
  GlossarySlide,
];
