import type { ComponentType } from 'react';
import { AgendaSlide } from './AgendaSlide';
import { ArchitectureSlide } from './ArchitectureSlide';
import { ConclusionSlide } from './ConclusionSlide';
import { DecoderSlide } from './DecoderSlide';
import { GlossarySlide } from './GlossarySlide';
import { LearningSlide } from './LearningSlide';
import { LimitsSlide } from './LimitsSlide';
import { MathFoundationsSlide } from './MathFoundationsSlide';
import { MotivationSlide } from './MotivationSlide';
import { PipelineSlide } from './PipelineSlide';
import { TitansSlide } from './TitansSlide';
import { TitleSlide } from './TitleSlide';
import { WorkedExampleStepsSlide } from './WorkedExampleStepsSlide';

/** The order of the deck. This is the only place where order lives. */
export const SLIDES: readonly ComponentType[] = [
  TitleSlide,
  AgendaSlide,
  MotivationSlide,
  PipelineSlide,
  MathFoundationsSlide,
  WorkedExampleStepsSlide,
  LearningSlide,
  DecoderSlide,
  ArchitectureSlide,
  TitansSlide,
  LimitsSlide,
  ConclusionSlide,
  GlossarySlide,
];
