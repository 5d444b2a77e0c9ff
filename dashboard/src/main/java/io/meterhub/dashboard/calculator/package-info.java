/** Calculators: the public grid connection fee calculator and its breakdown table; the power calculator beside it. */
package io.meterhub.dashboard.calculator;
