import { defineManifest } from '../src/shell/manifest';
import titleSlide from './TitleSlide.meta';
import agendaSlide from './AgendaSlide.meta';
import motivationSlide from './MotivationSlide.meta';
import pipelineSlide from './PipelineSlide.meta';
import tokenizationSlide from './TokenizationSlide.meta';
import mathFoundationsSlide from './MathFoundationsSlide.meta';
import notationSlide from './NotationSlide.meta';
import workedExampleStepsSlide from './WorkedExampleStepsSlide.meta';
import selfAttentionQkvSlide from './SelfAttentionQkvSlide.meta';
import selfAttentionWeightsSlide from './SelfAttentionWeightsSlide.meta';
import attentionMatrixSlide from './AttentionMatrixSlide.meta';
import whatIfSlide from './WhatIfSlide.meta';
import learningSlide from './LearningSlide.meta';
import crossEntropySlide from './CrossEntropySlide.meta';
import backpropagationSlide from './BackpropagationSlide.meta';
import gradientDescentSlide from './GradientDescentSlide.meta';
import learningRateSlide from './LearningRateSlide.meta';
import tinyGptTrainingSlide from './TinyGptTrainingSlide.meta';
import tinyGptLearnedSlide from './TinyGptLearnedSlide.meta';
import tinyGptGenerationSlide from './TinyGptGenerationSlide.meta';
import tinyGptTeachSlide from './TinyGptTeachSlide.meta';
import decoderSlide from './DecoderSlide.meta';
import decoderPredictionSlide from './DecoderPredictionSlide.meta';
import softmaxSlide from './SoftmaxSlide.meta';
import architectureSlide from './ArchitectureSlide.meta';
import architectureGeluSlide from './ArchitectureGeluSlide.meta';
import architectureMultiHeadSlide from './ArchitectureMultiHeadSlide.meta';
import architectureConcatSlide from './ArchitectureConcatSlide.meta';
import architectureBlockParamsSlide from './ArchitectureBlockParamsSlide.meta';
import architectureModelParamsSlide from './ArchitectureModelParamsSlide.meta';
import titansSlide from './TitansSlide.meta';
import titansMemorySlide from './TitansMemorySlide.meta';
import titansVariantsSlide from './TitansVariantsSlide.meta';
import titansSandboxSlide from './TitansSandboxSlide.meta';
import rotarySlide from './RotarySlide.meta';
import limitsSlide from './LimitsSlide.meta';
import contextCostSlide from './ContextCostSlide.meta';
import hallucinationSlide from './HallucinationSlide.meta';
import tinyGptHallucinationSlide from './TinyGptHallucinationSlide.meta';
import conclusionSlide from './ConclusionSlide.meta';
import glossarySlide from './GlossarySlide.meta';

/** The order of the deck. This is the only place where order lives. */
export const SLIDES = defineManifest([
  titleSlide,
  agendaSlide,
  motivationSlide,
  pipelineSlide,
  tokenizationSlide,
  mathFoundationsSlide,
  notationSlide,
  workedExampleStepsSlide,
  selfAttentionQkvSlide,
  selfAttentionWeightsSlide,
  attentionMatrixSlide,
  whatIfSlide,
  learningSlide,
  crossEntropySlide,
  backpropagationSlide,
  gradientDescentSlide,
  learningRateSlide,
  decoderSlide,
  decoderPredictionSlide,
  softmaxSlide,
  architectureSlide,
  architectureGeluSlide,
  architectureMultiHeadSlide,
  architectureConcatSlide,
  architectureBlockParamsSlide,
  architectureModelParamsSlide,
  tinyGptTrainingSlide,
  tinyGptLearnedSlide,
  tinyGptGenerationSlide,
  tinyGptTeachSlide,
  titansSlide,
  titansMemorySlide,
  titansVariantsSlide,
  titansSandboxSlide,
  rotarySlide,
  limitsSlide,
  contextCostSlide,
  hallucinationSlide,
  tinyGptHallucinationSlide,
  conclusionSlide,
  glossarySlide,
]);
